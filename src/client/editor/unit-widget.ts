/**
 * The "Đơn vị hành chính" field of a profile's place: a plain <select> of the units of the
 * boundary vintage chosen in the same form (field option `vintage_field`, a path in the
 * entry's data), from /quan-tri/danh-muc.json (src/site/editor/catalogue.ts). Decap's own
 * relation widget reads its options through the backend, from a file in the repository;
 * these lists come from the release at build time instead, and follow the vintage.
 * A unit kept from another vintage stays shown, marked, until it is changed; the check
 * before saving refuses it with the build's message (unit-unknown).
 */
import type { Catalogue } from '../../site/editor/catalogue.ts';
import { editor as t } from '../../i18n/editor.vi.ts';
import type { DecapWindow, WidgetProps } from './decap.ts';

/**
 * The vintage chosen in the form, at the field's `vintage_field` (a dotted path in the
 * entry's data). `entry` is the entry as the form was opened; `getEntry()` is the draft now.
 */
const vintageOf = (props: WidgetProps): unknown =>
  props.getEntry().getIn(['data', ...String(props.field.get('vintage_field') ?? 'vintage').split('.')]);

interface Self {
  props: WidgetProps;
  state: { catalogue?: Catalogue };
  shown?: unknown;
  timer?: ReturnType<typeof setInterval>;
  setState(s: object): void;
  forceUpdate(): void;
}

/** How often the list looks at the vintage field: Decap does not redraw a widget when another field changes. */
const FOLLOW_MS = 200;

export function unitWidget(w: DecapWindow, catalogue: Promise<Catalogue>): { control: unknown; preview: unknown } {
  const { h } = w;
  const control = w.createClass({
    getInitialState: () => ({ catalogue: undefined as Catalogue | undefined }),
    componentDidMount(this: Self) {
      void catalogue.then((c) => this.setState({ catalogue: c }));
      this.timer = setInterval(() => {
        if (vintageOf(this.props) !== this.shown) this.forceUpdate();
      }, FOLLOW_MS);
    },
    componentWillUnmount(this: Self) {
      clearInterval(this.timer);
    },
    render(this: Self) {
      const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const vintage = (this.shown = vintageOf(this.props));
      const units = this.state.catalogue?.vintages.find((v) => v.id === vintage)?.units ?? [];
      const code = typeof value === 'string' ? value : '';
      const stale = code !== '' && !units.some((u) => u.code === code);
      return h(
        'select',
        { id: forID, 'data-vintage': vintage ?? '', className: classNameWrapper, value: code, onChange: (e: { target: { value: string } }) => onChange(e.target.value), onFocus: setActiveStyle, onBlur: setInactiveStyle },
        h('option', { value: '' }, vintage ? t.chooseUnit : t.chooseVintageFirst),
        ...units.map((u) => h('option', { key: u.code, value: u.code }, u.label)),
        stale ? h('option', { key: 'stale', value: code }, t.staleUnit(code, String(vintage ?? ''))) : null,
      );
    },
  });
  const preview = (props: { value?: unknown }) => h('span', null, typeof props.value === 'string' ? props.value : '');
  return { control, preview };
}
