// While a new claim is typed: existing claims that say the same thing, each with
// "Add as appearance of this claim" (the page's own form posts it; claims/admin.py).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  const text = document.getElementById("id_text");
  const form = text && text.form;
  if (!form || !form.querySelector('input[name="save_anyway"]')) return; // the add page only
  const box = document.createElement("div");
  box.id = "live-similar";
  box.className = "help";
  text.parentNode.appendChild(box);
  let timer = null;
  let asked = "";
  function show(matches) {
    box.replaceChildren();
    if (!matches.length) return;
    const title = document.createElement("p");
    title.textContent = "Similar claims exist:";
    box.appendChild(title);
    const list = document.createElement("ul");
    for (const match of matches) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = match.url;
      link.target = "_blank";
      link.textContent = match.text;
      const button = document.createElement("button");
      button.type = "submit";
      button.className = "button";
      button.name = "_attach_to";
      button.value = match.id;
      button.textContent = "Add as appearance of this claim";
      item.append(link, ` (${match.score}%) `, button);
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  function ask() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      const typed = text.value.trim();
      const chosen = document.getElementById("id_language");
      const language = chosen ? chosen.value.trim() : "";
      if (typed.length < 12 || typed + "\n" + language === asked) return;
      asked = typed + "\n" + language;
      const url = document.getElementById("similar-url").dataset.url;
      const query = "?text=" + encodeURIComponent(typed) + "&language=" + encodeURIComponent(language);
      fetch(url + query, { credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : { matches: [] }))
        .then((data) => { if (asked === typed + "\n" + language) show(data.matches); })
        .catch(() => {});
    }, 400);
  }
  text.addEventListener("input", ask);
  const chosen = document.getElementById("id_language");
  if (chosen) chosen.addEventListener("change", ask);  // the same words, read in another language
});
