// jstat ships no type declarations; these cover the distributions boundary-bench uses.
declare module 'jstat' {
  interface Distribution1 {
    cdf(x: number, a: number): number;
    inv(p: number, a: number): number;
  }
  interface Distribution2 {
    cdf(x: number, a: number, b: number): number;
    inv(p: number, a: number, b: number): number;
    pdf(x: number, a: number, b: number): number;
  }
  const jStat: {
    binomial: {
      cdf(k: number, n: number, p: number): number;
      pdf(k: number, n: number, p: number): number;
    };
    chisquare: Distribution1;
    normal: Distribution2;
    gammaln(x: number): number;
    ibeta(x: number, a: number, b: number): number;
  };
  export default jStat;
}
