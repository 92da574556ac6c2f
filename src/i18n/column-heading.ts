/**
 * A figure workbook's column heading from the column's name in the CSV: a name the language
 * lists, or the flag ("poor_rate_illustrative") or one year ("poor_rate_2023") of one; an
 * unknown name stays as it is. The words come from each language's file (embed.vi.ts, embed.en.ts).
 */
export function columnHeadings(
  words: Readonly<Record<string, string>>,
  flag: (heading: string) => string,
  inYear: (heading: string, year: string) => string,
): (name: string) => string {
  const heading = (name: string): string => {
    const listed = words[name];
    if (listed) return listed;
    const flagged = /^(.+)_illustrative$/.exec(name);
    if (flagged) return flag(heading(flagged[1]!));
    const dated = /^(.+)_(\d{4})$/.exec(name);
    if (dated) return inYear(heading(dated[1]!), dated[2]!);
    return name;
  };
  return heading;
}
