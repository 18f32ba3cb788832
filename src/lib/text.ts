/** Small text helpers shared by build-time code and page components. */

/** `primary` → `Primary`: the first character upper-cased, the rest kept. */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
