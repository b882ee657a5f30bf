/**
 * Field errors in the order their fields appear on the page, so an error summary reads like the form (the server
 * names them in its own order). Errors whose field is not on the page keep their order at the end.
 */
export function inFormOrder<T extends { field: string }>(errors: T[], idOf: (field: string) => string): T[] {
  const placed = errors.map((error, index) => ({ error, index, node: document.getElementById(idOf(error.field)) }));
  placed.sort((a, b) => {
    if (a.node && b.node && a.node !== b.node) {
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    if (a.node && !b.node) return -1;
    if (!a.node && b.node) return 1;
    return a.index - b.index;
  });
  return placed.map((p) => p.error);
}
