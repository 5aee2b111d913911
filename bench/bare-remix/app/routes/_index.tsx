export const meta = () => [{ title: "Bare Remix" }];

export default function Index() {
  return (
    <main>
      <h1>Hallo</h1>
      <p>Een lege Remix-pagina: wat het framework zelf kost.</p>
    </main>
  );
}
