// htmlChildren: simple DOM in an overlay panel. Button click → {etype:"CLICK", key, value:{key}};
// Slider change → {etype:"SET", key, value}. Kept small on purpose.
import { Component, Ctx, Factory } from "../component";
import { Props } from "../util";

function textOf(p: Props): string {
  const v = p.children ?? p.text ?? "";
  return Array.isArray(v) ? v.join("") : String(v);
}

function applyCommon(el: HTMLElement, p: Props): void {
  if (typeof p.style === "object" && p.style) {
    for (const [k, v] of Object.entries(p.style)) {
      try {
        (el.style as any)[k] = typeof v === "number" && !/opacity|zIndex|fontWeight|flex/.test(k) ? `${v}px` : String(v);
      } catch {
        /* ignore bad style keys */
      }
    }
  }
  if (typeof p.className === "string") el.className = p.className;
}

/** A DOM element whose own text is `children`/`text` and which can hold child html nodes. */
function element(tagName: string): Factory {
  return (_ctx, props): Component => {
    const el = document.createElement(tagName);
    const own = document.createElement("span");
    const kids = document.createElement("div");
    kids.style.display = "contents";
    el.append(own, kids);
    const apply = (p: Props) => {
      own.textContent = textOf(p);
      applyCommon(el, p);
    };
    apply(props);
    return { object: null, dom: el, domContainer: kids, update: apply, dispose() {} };
  };
}

export const Button: Factory = (ctx: Ctx, props): Component => {
  const b = document.createElement("button");
  const apply = (p: Props) => {
    b.textContent = textOf(p) || String(p.value ?? p.label ?? ctx.key);
    b.name = ctx.key;
    b.disabled = p.disabled === true;
    applyCommon(b, p);
  };
  apply(props);
  b.addEventListener("click", () => ctx.send({ etype: "CLICK", key: ctx.key, value: { key: ctx.key } }));
  return { object: null, dom: b, update: apply, dispose() {} };
};

export const Slider: Factory = (ctx: Ctx, props): Component => {
  const label = document.createElement("label");
  const caption = document.createElement("span");
  const input = document.createElement("input");
  const out = document.createElement("output");
  input.type = "range";
  input.name = ctx.key;
  label.append(caption, " ", input, " ", out);
  const apply = (p: Props, prev?: Props) => {
    caption.textContent = String(p.label ?? p.children ?? "");
    input.min = String(p.min ?? 0);
    input.max = String(p.max ?? 100);
    input.step = String(p.step ?? 1);
    if (!prev || p.value !== prev.value) input.value = String(p.value ?? p.min ?? 0);
    out.textContent = input.value;
    applyCommon(label, p);
  };
  apply(props);
  input.addEventListener("input", () => {
    out.textContent = input.value;
  });
  input.addEventListener("change", () => ctx.send({ etype: "SET", key: ctx.key, value: Number(input.value) }));
  return { object: null, dom: label, update: apply, dispose() {} };
};

export const Img: Factory = (_ctx, props): Component => {
  const img = document.createElement("img");
  const apply = (p: Props) => {
    if (typeof p.src === "string") img.src = p.src;
    img.alt = String(p.alt ?? "");
    if (typeof p.width === "number") img.width = p.width;
    if (typeof p.height === "number") img.height = p.height;
    applyCommon(img, p);
  };
  apply(props);
  return { object: null, dom: img, update: apply, dispose() {} };
};

/** Markdown is shown as plain text (no parser shipped). */
export const Markdown: Factory = (_ctx, props): Component => {
  const el = document.createElement("div");
  el.style.whiteSpace = "pre-wrap";
  const apply = (p: Props) => {
    el.textContent = textOf(p);
    applyCommon(el, p);
  };
  apply(props);
  return { object: null, dom: el, update: apply, dispose() {} };
};

/** A text box: Enter sends {etype: "INPUT", key, value: text}. */
export const Input: Factory = (ctx: Ctx, props): Component => {
  const form = document.createElement("form");
  const input = document.createElement("input");
  input.type = "text";
  input.name = ctx.key;
  form.appendChild(input);
  const apply = (p: Props, prev?: Props) => {
    input.placeholder = String(p.placeholder ?? "");
    if (!prev || p.value !== prev.value) input.value = String(p.value ?? "");
    applyCommon(form, p);
  };
  apply(props);
  let current = props;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    ctx.send({ etype: "INPUT", key: ctx.key, value: input.value });
    if (current.clearOnSubmit) input.value = "";
  });
  return {
    object: null,
    dom: form,
    update(p, prev) {
      current = p;
      apply(p, prev);
    },
    dispose() {},
  };
};

function link(): Factory {
  return (_ctx, props): Component => {
    const a = document.createElement("a");
    const apply = (p: Props) => {
      a.textContent = textOf(p);
      if (typeof p.href === "string") a.href = p.href;
      a.target = "_blank";
      a.rel = "noopener";
      applyCommon(a, p);
    };
    apply(props);
    return { object: null, dom: a, update: apply, dispose() {} };
  };
}

export const HTML_TAGS: Record<string, Factory> = {
  Input,
  a: link(),
  article: element("article"),
  Button,
  Slider,
  Img,
  img: Img,
  Markdown,
  Div: element("div"),
  div: element("div"),
  Span: element("span"),
  span: element("span"),
  p: element("p"),
  P: element("p"),
  h1: element("h1"),
  h2: element("h2"),
  h3: element("h3"),
  h4: element("h4"),
  h5: element("h5"),
  h6: element("h6"),
  b: element("b"),
  i: element("i"),
  code: element("code"),
  pre: element("pre"),
};
