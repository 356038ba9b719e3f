using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The common core of BG/NBD and MBG/NBD: purchases at rate λ ~ Gamma(r, α) while alive; after each purchase (for
/// MBG/NBD also at the first, time 0) the customer drops out with probability p ~ Beta(a, b). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Parameters: r (shape) and α (scale, in the data's time unit) of the purchase rate; a and b of the dropout probability.
/// Predictions use log-space forms and a transformed hypergeometric series that stay finite for hundreds of purchases,
/// years of silence and fitted a + b &lt; 1 (where the textbook ₂F₁(…; a + b − 1; …) form has a pole). When the fit
/// drives a and b very large (every customer has nearly the same dropout probability, the Beta has degenerated to a
/// point) they are integrated over the Beta directly, and tend to the geometric-dropout form with p = a/(a + b).
/// </remarks>
public abstract class BgNbdFamilyModel : IRepeatTransactionModel
{
    private readonly int _shift;

    private protected BgNbdFamilyModel(double r, double alpha, double a, double b, bool modified)
    {
        R = ClvMath.Positive(r, nameof(r));
        Alpha = ClvMath.Positive(alpha, nameof(alpha));
        A = ClvMath.Positive(a, nameof(a));
        B = ClvMath.Positive(b, nameof(b));
        _shift = modified ? 1 : 0;
        Parameters = [new ClvParameter("r", R, null), new ClvParameter("alpha", Alpha, null), new ClvParameter("a", A, null), new ClvParameter("b", B, null)];
    }

    /// <summary>Shape r of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Scale α of the Gamma distribution of purchase rates, in the data's time unit (mean rate r/α per unit).</summary>
    public double Alpha { get; }

    /// <summary>First shape a of the Beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Second shape b of the Beta distribution of dropout probabilities.</summary>
    public double B { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<ClvParameter> Parameters { get; }

    /// <inheritdoc />
    public double LogLikelihood(double frequency, double recency, double age)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        return BgNbdFamilyLikelihood.Single(R, Alpha, A, B, _shift, frequency, recency, age);
    }

    /// <inheritdoc />
    public double ExpectedTransactions(double horizon)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        return _shift == 0
            ? ClvMath.BetaGeometricExpectation(R, A, B, Alpha, horizon)
            : B / (A + B) * ClvMath.BetaGeometricExpectation(R, A, B + 1d, Alpha, horizon);
    }

    /// <inheritdoc />
    public double ConditionalExpectedTransactions(double horizon, double frequency, double recency, double age)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        ClvMath.CheckCustomer(frequency, recency, age);
        return AliveCore(frequency, recency, age) * ClvMath.BetaGeometricExpectation(R + frequency, A, B + frequency + _shift, Alpha + age, horizon);
    }

    /// <inheritdoc />
    public void ConditionalExpectedTransactions(double horizon, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        BatchGuard.SameLength(frequency, recency, age, destination);

        // E[Y | alive] depends on (x, T) only, so it is computed once per distinct pair; P(alive) is one exp per customer.
        var cache = new Dictionary<(double X, double T), double>();
        for (var i = 0; i < frequency.Length; i++)
        {
            ClvMath.CheckCustomer(frequency[i], recency[i], age[i]);
            var key = (frequency[i], age[i]);
            if (!cache.TryGetValue(key, out var alive))
            {
                alive = ClvMath.BetaGeometricExpectation(R + frequency[i], A, B + frequency[i] + _shift, Alpha + age[i], horizon);
                cache[key] = alive;
            }

            destination[i] = alive * AliveCore(frequency[i], recency[i], age[i]);
        }
    }

    /// <inheritdoc />
    public double ProbabilityAlive(double frequency, double recency, double age)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        return AliveCore(frequency, recency, age);
    }

    /// <inheritdoc />
    public double ProbabilityAlive(double frequency, double recency, double age, double future)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        ClvMath.CheckHorizon(future, nameof(future));
        if (future == 0d)
        {
            return AliveCore(frequency, recency, age);
        }

        // Given alive at T: λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x′); surviving the purchases in (T, T+τ] has probability
        // E[e^(−λpτ)] = ₂F₁(r+x, a; a+b+x′; −τ/K), written with Pfaff's transformation for a positive argument.
        var k = Alpha + age;
        var bx = B + frequency + _shift;
        var survive = DegenerateMixing.IntegrateBeta(A, bx, k, future)
            ? DegenerateMixing.BetaSurvival(R + frequency, A, bx, k, future)
            : Math.Exp(-A * ClvMath.Log1p(future / k)) * ClvMath.Hyp2F1(A, A + bx - R - frequency, A + bx, future / (k + future));
        return Math.Clamp(AliveCore(frequency, recency, age) * survive, 0d, 1d);
    }

    /// <inheritdoc />
    public double ProbabilityOfTransactions(int n, double horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        return CountProbability(n, horizon, R, Alpha, A, B, _shift);
    }

    /// <inheritdoc />
    public double ConditionalProbabilityOfTransactions(int n, double horizon, double frequency, double recency, double age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        ClvMath.CheckCustomer(frequency, recency, age);

        // A customer dead at T buys nothing more. One alive at T has λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x′) and,
        // purchases being memoryless, starts afresh as a BG/NBD customer (no drop-out at time 0, even under MBG/NBD).
        var alive = AliveCore(frequency, recency, age);
        var p = alive * CountProbability(n, horizon, R + frequency, Alpha + age, A, B + frequency + _shift, shift: 0);
        return Math.Clamp(n == 0 ? p + (1d - alive) : p, 0d, 1d);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}(r={R:G6}, alpha={Alpha:G6}, a={A:G6}, b={B:G6})";

    /// <summary>P(X(t) = n) of a new customer under (r, α, a, b); shift 1 adds MBG/NBD's drop-out at time 0.</summary>
    private static double CountProbability(int n, double horizon, double r, double alpha, double a, double b, int shift)
    {
        if (horizon == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        // P(X(t)=n) = B(a, b+n′)/B(a,b)·NB(n) + 1{n′>0} B(a+1, b+n′−1)/B(a,b)·P(NB ≥ n), NB the negative binomial
        // (r, α/(α+t)) count of a customer who never drops out, n′ = n + shift.
        var logBetaAb = ClvMath.LogBeta(a, b);
        var ns = n + shift;
        var logQ = -ClvMath.Log1p(horizon / alpha);
        var logNb = SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(n + 1d)
            + (r * logQ) + (n * Math.Log(horizon / (alpha + horizon)));
        var p = Math.Exp(ClvMath.LogBeta(a, b + ns) - logBetaAb + logNb);
        if (ns > 0)
        {
            var tail = n == 0 ? 1d : SpecialFunctions.BetaRegularized(n, r, horizon / (alpha + horizon));
            p += Math.Exp(ClvMath.LogBeta(a + 1d, b + ns - 1d) - logBetaAb) * tail;
        }

        return Math.Clamp(p, 0d, 1d);
    }

    private protected static ClvFit<TModel> FitFamily<TModel>(IEnumerable<CustomerSummary> customers, bool modified, ClvFitOptions? options)
        where TModel : BgNbdFamilyModel
    {
        var rows = FitInput.Once(customers, nameof(customers));
        var unique = SummaryRows.From(rows, nameof(customers));
        return new ClvFit<TModel>(MaximumLikelihood.Fit(new BgNbdFamilyLikelihood(unique, modified), options)) { Data = ClvDataFingerprint.Of(rows, unique) };
    }

    private double AliveCore(double frequency, double recency, double age)
    {
        var xs = frequency + _shift;
        if (xs == 0d)
        {
            return 1d;
        }

        var logOdds = Math.Log(A) - Math.Log(B + xs - 1d) + ((R + frequency) * (Math.Log(Alpha + age) - Math.Log(Alpha + recency)));
        return ClvMath.InverseOnePlusExp(logOdds);
    }
}
