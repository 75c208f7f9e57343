// The one script on the site: mounts Pagefind's search UI, and runs a search passed as ?q=.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's input carries only a placeholder; give it an accessible name.
  document.querySelector("#search input")?.setAttribute("aria-label", "Search articles, people and statements");
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) ui.triggerSearch(q);
});
