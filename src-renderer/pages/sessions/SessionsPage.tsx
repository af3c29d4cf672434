/** Section "Tuyên truyền": not built yet, so it shows only its title (no invented data). */
export default function SessionsPage() {
  return (
    <section class="page">
      <h1>Tuyên truyền</h1>
    </section>
  );
}
