/** Section "Khen thưởng": not built yet, so it shows only its title (no invented data). */
export default function CommendationsPage() {
  return (
    <section class="page">
      <h1>Khen thưởng</h1>
    </section>
  );
}
