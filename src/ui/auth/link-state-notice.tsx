/** The page an invitation or setup link shows when it cannot be used: what happened, and the way on. */
export function LinkStateNotice({ title, body, signInHref, signInLabel }: { title: string; body: string; signInHref: string; signInLabel: string }) {
  return (
    <section className="notice-page staff-page">
      <h1>{title}</h1>
      <p>{body}</p>
      <a className="button primary" href={signInHref}>
        {signInLabel}
      </a>
    </section>
  );
}
