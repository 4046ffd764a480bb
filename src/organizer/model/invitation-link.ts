/**
 * The link an invited person opens: this page with the token in its fragment (`organize.html#invite=…`),
 * so the token never reaches a server log or a Referer. Built against the page's own base, so it works
 * wherever the app is served.
 */
export function invitationLink(base: string, token: string): string {
  return new URL(`organize.html#invite=${encodeURIComponent(token)}`, base).href;
}
