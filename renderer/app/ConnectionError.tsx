export function ConnectionError({ reason }: { reason: string }) {
  return (
    <main className="connection-error">
      <h1>Firedrill cannot reach its back end</h1>
      <p>{reason}</p>
    </main>
  );
}
