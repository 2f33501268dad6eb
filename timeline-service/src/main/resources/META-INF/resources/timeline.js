// Lists GET /timeline as a table; every row expands to its sources and quotes. No build step, no dependencies.
(function () {
  const form = document.getElementById('filters');
  const body = document.getElementById('events');
  const more = document.getElementById('more');
  const error = document.getElementById('error');
  let nextCursor = null;

  function text(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = text(content);
    }
    row.appendChild(td);
    return td;
  }

  function range(name, r) {
    if (!r || r.best === null) return null;
    const spread = r.low !== r.high ? ' (' + r.low + '–' + r.high + ')' : '';
    return r.best + ' ' + name + spread;
  }

  function figures(f) {
    const parts = [range('killed', f.killed), range('injured', f.injured)];
    if (f.missiles.launched !== null) parts.push(f.missiles.launched + ' missiles launched');
    if (f.missiles.intercepted !== null) parts.push(f.missiles.intercepted + ' missiles intercepted');
    if (f.drones.launched !== null) parts.push(f.drones.launched + ' drones launched');
    if (f.drones.intercepted !== null) parts.push(f.drones.intercepted + ' drones intercepted');
    if (f.prisoners.exchanged !== null) parts.push(f.prisoners.exchanged + ' prisoners exchanged');
    return parts.filter(Boolean).join(', ');
  }

  function place(location) {
    if (!location) return '';
    return [location.name, location.admin1 !== location.name ? location.admin1 : null, location.country]
      .filter(Boolean).join(', ');
  }

  function details(event) {
    const div = document.createElement('div');
    const sources = document.createElement('ul');
    event.sources.forEach(function (s) {
      const li = document.createElement('li');
      li.textContent = [s.outlet, s.title, s.publishedAt].filter(Boolean).join(' — ') + ' [' + s.articleId + ']';
      sources.appendChild(li);
    });
    div.appendChild(document.createTextNode('Sources:'));
    div.appendChild(sources);
    if (event.quotes.length) {
      const quotes = document.createElement('ul');
      event.quotes.forEach(function (q) {
        const li = document.createElement('li');
        li.textContent = '“' + q.text + '” — ' + text(q.speaker);
        quotes.appendChild(li);
      });
      div.appendChild(document.createTextNode('Quotes:'));
      div.appendChild(quotes);
    }
    return div;
  }

  function render(event) {
    const row = document.createElement('tr');
    cell(row, event.date || 'date unknown');
    const type = cell(row, event.subType || event.type);
    const summary = document.createElement('div');
    summary.className = 'summary';
    summary.textContent = event.summary;
    type.appendChild(summary);
    cell(row, place(event.location));
    cell(row, figures(event.figures));
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'link';
    toggle.textContent = event.sources.length + (event.sources.length === 1 ? ' source' : ' sources');
    cell(row, toggle);
    const detailRow = document.createElement('tr');
    detailRow.className = 'details';
    detailRow.hidden = true;
    const detailCell = cell(detailRow, details(event));
    detailCell.colSpan = 5;
    toggle.addEventListener('click', function () { detailRow.hidden = !detailRow.hidden; });
    body.appendChild(row);
    body.appendChild(detailRow);
  }

  function load(append) {
    const params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value) params.set(key, value); });
    if (append && nextCursor) params.set('cursor', nextCursor);
    error.textContent = '';
    fetch('/timeline?' + params.toString())
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) throw new Error(json.detail || response.statusText);
          return json;
        });
      })
      .then(function (page) {
        if (!append) body.textContent = '';
        page.events.forEach(render);
        nextCursor = page.nextCursor;
        more.hidden = !nextCursor;
      })
      .catch(function (e) { error.textContent = e.message; });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); load(false); });
  more.addEventListener('click', function () { load(true); });
  load(false);
})();
