/** Placeholder shell: the stage, controls and panels replace this. */
export function App() {
  return (
    <main className="app-placeholder">
      <h1>Kafka Classroom</h1>
      <p>The stage is coming: a teacher, a note-taking machine and a room of students.</p>
    </main>
  );
}
