// The one script on the site: mounts Pagefind's search UI, and runs a search passed as ?q=.
window.addEventListener("DOMContentLoaded", () => {
  // The index is split into bundles (one per shard, see src/site/search.ts): load the first, merge the rest.
  const [first, ...rest] = (document.querySelector("#search")?.dataset.bundles ?? "").split(" ").filter(Boolean);
  const ui = new PagefindUI({
    element: "#search", bundlePath: first, mergeIndex: rest.map((bundlePath) => ({ bundlePath })),
    showSubResults: false, showImages: false, resetStyles: false,
  });
  // Pagefind's input carries only a placeholder; give it an accessible name.
  document.querySelector("#search input")?.setAttribute("aria-label", "Search articles, people and statements");
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) ui.triggerSearch(q);
});
