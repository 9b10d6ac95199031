/**
 * Markdown with KaTeX math as readable plain text for the terminal (`llmprep review`): formulas become
 * Unicode math ("softmax(QKᵀ/√(d_k))V"), emphasis and link syntax disappear, code stays as it is.
 */
const symbols: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ',
  Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', Pi: 'Π',
  cdot: '·', times: '×', div: '÷', pm: '±', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '~', propto: '∝', equiv: '≡', in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩',
  sum: 'Σ', prod: 'Π', int: '∫', infty: '∞', to: '→', rightarrow: '→', Rightarrow: '⇒', leftarrow: '←',
  mapsto: '↦', partial: '∂', nabla: '∇', top: 'ᵀ', intercal: 'ᵀ', dots: '…', ldots: '…', cdots: '⋯',
  forall: '∀', exists: '∃', odot: '⊙', otimes: '⊗', oplus: '⊕', circ: '∘', mid: '|', lVert: '‖', rVert: '‖',
  Vert: '‖', langle: '⟨', rangle: '⟩', quad: ' ', qquad: '  ', ',': ' ', ';': ' ', '!': '', log: 'log',
  exp: 'exp', max: 'max', min: 'min', arg: 'arg', sin: 'sin', cos: 'cos', det: 'det', lim: 'lim',
};
const blackboard: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', E: '𝔼', Q: 'ℚ', C: 'ℂ', P: 'ℙ' };

/** The content of the brace group starting at `open` (index of "{"), and the index after it. */
function group(tex: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < tex.length; i += 1) {
    if (tex[i] === '{') depth += 1;
    else if (tex[i] === '}') {
      depth -= 1;
      if (depth === 0) return [tex.slice(open + 1, i), i + 1];
    }
  }
  return [tex.slice(open + 1), tex.length];
}

/** One argument: a brace group or a single character. */
function arg(tex: string, at: number): [string, number] {
  let i = at;
  while (tex[i] === ' ') i += 1;
  if (tex[i] === '{') return group(tex, i);
  const command = tex[i] === '\\' ? /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[0] : undefined;
  if (command) return [command, i + command.length];
  return [tex[i] ?? '', i + 1];
}

/** Parenthesize a root's argument unless it is one character. */
const wrapRoot = (s: string): string => (s.length <= 1 || /^\d+$/.test(s) ? s : `(${s})`);
/** Parenthesize a fraction's side or a script unless it is one "word" (QKᵀ, √(d_k), x_i). */
const wrap = (s: string): string => (/^[\p{L}\p{N}√ᵀ_^().']+$/u.test(s) ? s : `(${s})`);

/** LaTeX math → Unicode text. */
export function texToText(tex: string): string {
  let out = '';
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i] ?? '';
    if (ch === '\\') {
      const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
      i += name.length + 1;
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
        const [a, j] = arg(tex, i);
        const [b, k] = arg(tex, j);
        out += `${wrap(texToText(a))}/${wrap(texToText(b))}`;
        i = k;
      } else if (name === 'sqrt') {
        const [a, j] = arg(tex, i);
        out += `√${wrapRoot(texToText(a))}`;
        i = j;
      } else if (name === 'mathbb') {
        const [a, j] = arg(tex, i);
        out += blackboard[a] ?? a;
        i = j;
      } else if (['text', 'mathrm', 'mathbf', 'mathit', 'operatorname', 'boldsymbol', 'mathcal', 'textbf', 'bm', 'hat', 'bar', 'tilde', 'vec', 'overline', 'mathsf', 'texttt'].includes(name)) {
        const [a, j] = arg(tex, i);
        out += name === 'text' || name === 'texttt' ? a : texToText(a);
        if (name === 'hat') out += '̂';
        i = j;
      } else if (name === 'left' || name === 'right' || name === 'big' || name === 'Big' || name === 'bigg' || name === 'Bigg' || name === 'displaystyle' || name === 'textstyle' || name === 'limits') {
        // sizing only
      } else if (name === '\\') out += '\n';
      else if (name === '{' || name === '}' || name === '_' || name === '%' || name === '$' || name === '#' || name === '&') out += name;
      else out += symbols[name] ?? name;
    } else if (ch === '^' || ch === '_') {
      const [a, j] = arg(tex, i + 1);
      const inner = texToText(a);
      out += ch === '^' && inner === 'ᵀ' ? 'ᵀ' : `${ch}${wrap(inner)}`;
      i = j;
    } else if (ch === '{' || ch === '}') {
      i += 1;
    } else if (ch === '&') {
      out += ' ';
      i += 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** Markdown (with $…$ and $$…$$ math) → plain text. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex: string) => `\n    ${texToText(tex)}\n`)
    .replace(/(^|[^\\])\$([^$\n]+?)\$/g, (_, pre: string, tex: string) => `${pre}${texToText(tex)}`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/^#{1,6} /gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
