/**
 * Small deterministic optimizers for fitting priors: golden-section search on an interval, Nelder–Mead
 * for a few parameters, and a symmetric linear solve for Newton steps.
 *
 * @module
 */

const PHI = (Math.sqrt(5) - 1) / 2;

/**
 * The x in [lo, hi] that maximizes a unimodal function (golden-section search).
 *
 * @example
 * Math.round(maximizeOnInterval((x) => -((x - 2) ** 2), 0, 5) * 1e4) / 1e4; // => 2
 */
export function maximizeOnInterval(f: (x: number) => number, lo: number, hi: number, tolerance = 1e-7): number {
  let a = lo;
  let b = hi;
  let c = b - PHI * (b - a);
  let d = a + PHI * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 200 && b - a > tolerance * Math.max(1, Math.abs(a) + Math.abs(b)); i++) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - PHI * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + PHI * (b - a);
      fd = f(d);
    }
  }
  return fc >= fd ? c : d;
}

/**
 * The point that maximizes a function of a few variables, from a start (Nelder–Mead simplex; no
 * randomness, so the result is reproducible).
 *
 * @example
 * maximizeSimplex(([x, y]) => -((x! - 1) ** 2) - (y! + 2) ** 2, [0, 0]).map((v) => Math.round(v * 1000) / 1000); // => [1, -2]
 */
export function maximizeSimplex(f: (x: readonly number[]) => number, start: readonly number[], step = 0.5, iterations = 400): number[] {
  const n = start.length;
  const simplex: { x: number[]; v: number }[] = [];
  simplex.push({ x: [...start], v: f(start) });
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i]! += step;
    simplex.push({ x, v: f(x) });
  }
  const order = () => simplex.sort((p, q) => q.v - p.v);
  for (let it = 0; it < iterations; it++) {
    order();
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(best.v - worst.v) <= 1e-10 * (1 + Math.abs(best.v))) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.x[j]! / n;
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const r = along(-1);
    const fr = f(r);
    if (fr > best.v) {
      const e = along(-2);
      const fe = f(e);
      simplex[n] = fe > fr ? { x: e, v: fe } : { x: r, v: fr };
    } else if (fr > simplex[n - 1]!.v) {
      simplex[n] = { x: r, v: fr };
    } else {
      const k = along(fr > worst.v ? -0.5 : 0.5);
      const fk = f(k);
      if (fk > Math.max(fr, worst.v)) simplex[n] = { x: k, v: fk };
      else {
        for (let i = 1; i <= n; i++) {
          const x = simplex[i]!.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!));
          simplex[i] = { x, v: f(x) };
        }
      }
    }
  }
  order();
  return simplex[0]!.x;
}

/**
 * Solve `A x = b` for a symmetric positive-definite `A` (row-major, n×n) by Cholesky; a tiny ridge is
 * added when the matrix is not numerically positive definite. Returns a new array.
 *
 * @example
 * solveSymmetric([4, 2, 2, 3], [2, 1]).map((v) => Math.round(v * 1000) / 1000); // => [0.5, 0]
 */
export function solveSymmetric(a: readonly number[], b: readonly number[]): number[] {
  const n = b.length;
  for (let ridge = 0; ridge < 12; ridge++) {
    const l = new Float64Array(n * n);
    const bump = ridge === 0 ? 0 : 1e-10 * Math.pow(10, ridge) * (1 + maxDiagonal(a, n));
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i * n + j]! + (i === j ? bump : 0);
        for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
        if (i === j) {
          if (!(s > 0)) {
            ok = false;
            break;
          }
          l[i * n + i] = Math.sqrt(s);
        } else l[i * n + j] = s / l[j * n + j]!;
      }
    }
    if (!ok) continue;
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = b[i]!;
      for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
      y[i] = s / l[i * n + i]!;
    }
    const x = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]!;
      for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
      x[i] = s / l[i * n + i]!;
    }
    return x;
  }
  return new Array<number>(n).fill(0);
}

function maxDiagonal(a: readonly number[], n: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(a[i * n + i]!));
  return m;
}
