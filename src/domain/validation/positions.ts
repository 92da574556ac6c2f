const ORIGINAL_INDEX = Symbol('original index');

/**
 * Records kept from a file with schema errors lose their neighbours; they remember their
 * place in the file so problems found later still point at the right JSON path.
 */
export function tagOriginalIndex<T extends object>(item: T, index: number): T {
  Object.defineProperty(item, ORIGINAL_INDEX, { value: index, enumerable: false });
  return item;
}

export function originalIndex(item: object, index: number): number {
  return (item as { [ORIGINAL_INDEX]?: number })[ORIGINAL_INDEX] ?? index;
}
