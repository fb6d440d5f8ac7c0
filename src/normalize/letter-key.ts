/**
 * The lookup key used for short coded values (states, statuses, education, pay units): only the
 * ASCII letters, upper-cased, so case, spaces, hyphens, dots and apostrophes do not matter.
 *
 * @module
 */

/**
 * Keep the ASCII letters of `s`, upper-cased; drop everything else.
 *
 * @example
 * letterKey("Certified - Expired"); // => "CERTIFIEDEXPIRED"
 * letterKey("Bachelor's");          // => "BACHELORS"
 * letterKey("N.Y.");                // => "NY"
 */
export function letterKey(s: string): string {
  let key = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) key += s[i];
    else if (c >= 97 && c <= 122) key += String.fromCharCode(c - 32);
  }
  return key;
}
