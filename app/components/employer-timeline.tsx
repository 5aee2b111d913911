/** What happened to a request, in the employer's words, oldest first. */
export function EmployerTimeline({ events }: { events: ReadonlyArray<{ at: string; text: string }> }) {
  return (
    <ol className="timeline">
      {events.map((event, i) => (
        <li key={i}>
          <span className="timeline__at">{event.at}</span> {event.text}
        </li>
      ))}
    </ol>
  );
}
