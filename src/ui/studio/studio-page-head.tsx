/** The top of a studio page: the way back, the title and what the page is for. */
export function StudioPageHead({ back, title, intro }: { back: { href: string; label: string }; title: string; intro: string }) {
  return (
    <>
      <p className="breadcrumbs">
        <a href={back.href}>{back.label}</a>
      </p>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
    </>
  );
}
