import { describe, expect, it } from 'vitest';
import { placeTableMarks } from '../src/site/marks.ts';

/**
 * Where a table's marks go (src/site/marks.ts): once in the caption, in a column's or a row's
 * header, or beside the figure. Each case is a small table and the place each word must end up.
 */
describe('placeTableMarks', () => {
  const ill = { illustrative: true, carried: false };
  const carriedIll = { illustrative: true, carried: true };

  it('says a word every figure has once, in the caption, and nothing beside the figures', () => {
    const marks = placeTableMarks([
      [ill, ill],
      [ill, undefined],
    ]);
    expect(marks.table).toEqual({ illustrative: true });
    expect(marks.cells).toEqual([
      [{}, {}],
      [{}, {}],
    ]);
  });

  it("says a word every figure of a row has in that row's header, only when asked", () => {
    const rows = [
      [carriedIll, carriedIll, { illustrative: true }],
      [ill, carriedIll, { illustrative: true }],
    ];
    const withRows = placeTableMarks(rows, { rows: true });
    expect(withRows.table).toEqual({ illustrative: true });
    expect(withRows.rows).toEqual([{ carried: true }, {}]);
    // The second row's fall is carried from the year before: said beside it.
    expect(withRows.cells).toEqual([
      [{}, {}, {}],
      [{}, { carried: true }, {}],
    ]);
    const without = placeTableMarks(rows);
    expect(without.rows).toEqual([{}, {}]);
    expect(without.cells[0]).toEqual([{ carried: true }, { carried: true }, {}]);
  });

  it("says a word every figure of a column has in that column's header, only when asked", () => {
    // A unit's units: rates reported, the fall from a carried year, a status on carried figures.
    const rate = { carried: false, illustrative: true, estimate: false };
    const fall = { carried: true, illustrative: true, estimate: false };
    const status = { estimate: true, illustrative: true };
    const rows = [
      [rate, fall, status],
      [rate, fall, { estimate: false, illustrative: true }],
      [rate, undefined, undefined],
    ];
    const withColumns = placeTableMarks(rows, { columns: true });
    expect(withColumns.table).toEqual({ illustrative: true });
    expect(withColumns.columns).toEqual([{}, { carried: true }, {}]);
    // Not every status is an estimate: the one that is says so beside it.
    expect(withColumns.cells).toEqual([
      [{}, {}, { estimate: true }],
      [{}, {}, {}],
      [{}, {}, {}],
    ]);
    expect(placeTableMarks(rows).columns).toEqual([{}, {}, {}]);
  });

  it('says a word in one place only: a row does not repeat what its column says', () => {
    const marks = placeTableMarks(
      [
        [{ carried: false }, { carried: true }],
        [{ carried: true }, { carried: true }],
      ],
      { columns: true, rows: true },
    );
    expect(marks.columns).toEqual([{}, { carried: true }]);
    expect(marks.rows).toEqual([{}, { carried: true }]);
    expect(marks.cells).toEqual([
      [{}, {}],
      [{}, {}],
    ]);
  });

  it('keeps a word beside each figure when one figure of the table lacks it', () => {
    const marks = placeTableMarks([[ill, ill], [{ illustrative: false }]]);
    expect(marks.table).toEqual({});
    expect(marks.cells).toEqual([[{ illustrative: true }, { illustrative: true }], [{}]]);
  });

  it('lets a cell leave out a word it has no say in, and counts false as a figure without it', () => {
    // A status says "ước tính", never "quy đổi"; a rate says "quy đổi", never "ước tính".
    const rate = { carried: true, illustrative: true, estimate: false };
    const status = { estimate: true, illustrative: true };
    const marks = placeTableMarks([[rate, status]]);
    expect(marks.table).toEqual({ carried: true, illustrative: true });
    expect(marks.cells).toEqual([[{}, { estimate: true }]]);
  });

  it('marks nothing in a table of reported, real figures, or of no figures', () => {
    expect(placeTableMarks([[{ illustrative: false, carried: false }]], { columns: true, rows: true })).toEqual({ table: {}, columns: [{}], rows: [{}], cells: [[{}]] });
    expect(placeTableMarks([[undefined, undefined]], { rows: true })).toEqual({ table: {}, columns: [{}, {}], rows: [{}], cells: [[{}, {}]] });
  });
});
