using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The result of a maximum-likelihood fit of a probabilistic CLV model: parameters in literature order with standard
/// errors, the log-likelihood, and an honest account of convergence. A failed fit says so (<see cref="Converged"/> is
/// false and <see cref="Message"/> says why); its parameters are the best point reached and must not be used silently.
/// </summary>
public class ClvModelFit
{
    /// <summary>Makes a fit result (for example from a saved fit); the parameters are copied.</summary>
    /// <param name="model">The model name, e.g. "bg-nbd".</param>
    /// <param name="parameters">The parameters in literature order; names unique, values finite.</param>
    /// <param name="logLikelihood">The total weighted log-likelihood in the data's own time unit; finite.</param>
    /// <param name="iterations">Optimiser iterations of the reported start, ≥ 0.</param>
    /// <param name="converged">Whether the optimiser met its tolerance at a finite interior point.</param>
    /// <param name="message">Why the optimiser stopped, in words.</param>
    /// <param name="rows">Unique data rows the fit used, ≥ 0.</param>
    /// <param name="customers">Customers represented (the sum of the weights), ≥ 0.</param>
    /// <param name="standardErrorsUnavailableReason">Why standard errors are absent, or null when every parameter has one.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A parameter name is repeated or empty, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the log-likelihood is not finite.</exception>
    public ClvModelFit(
        string model,
        IEnumerable<ClvParameter> parameters,
        double logLikelihood,
        int iterations,
        bool converged,
        string message,
        int rows,
        double customers,
        string? standardErrorsUnavailableReason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (!double.IsFinite(customers) || customers < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(customers), customers, "Customers must be a finite number ≥ 0.");
        }

        if (!double.IsFinite(logLikelihood))
        {
            throw new ArgumentOutOfRangeException(nameof(logLikelihood), logLikelihood, "The log-likelihood must be finite.");
        }

        var list = parameters.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(parameters));
            if (string.IsNullOrWhiteSpace(p.Name) || !names.Add(p.Name))
            {
                throw new ArgumentException($"Parameter names must be non-empty and unique; got '{p.Name}'.", nameof(parameters));
            }

            if (!double.IsFinite(p.Value) || (p.StandardError is { } se && (!double.IsFinite(se) || se < 0d)))
            {
                throw new ArgumentException($"Parameter '{p.Name}' must have a finite value and a finite standard error ≥ 0.", nameof(parameters));
            }
        }

        Model = model;
        Parameters = list;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Converged = converged;
        Message = message;
        Rows = rows;
        Customers = customers;
        StandardErrorsUnavailableReason = list.Any(p => p.StandardError is null)
            ? standardErrorsUnavailableReason ?? "Standard errors were not computed."
            : null;
    }

    /// <summary>Copies a fit (for a typed fit result made from an untyped one).</summary>
    /// <param name="fit">The fit to copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    protected ClvModelFit(ClvModelFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        Model = fit.Model;
        Parameters = fit.Parameters;
        LogLikelihood = fit.LogLikelihood;
        Iterations = fit.Iterations;
        Converged = fit.Converged;
        Message = fit.Message;
        Rows = fit.Rows;
        Customers = fit.Customers;
        StandardErrorsUnavailableReason = fit.StandardErrorsUnavailableReason;
        Data = fit.Data;
        Excluded = fit.Excluded;
    }

    /// <summary>The model name, e.g. "bg-nbd", "pareto-nbd", "gamma-gamma".</summary>
    public string Model { get; }

    /// <summary>The parameters in literature order (e.g. r, alpha, a, b for BG/NBD).</summary>
    public IReadOnlyList<ClvParameter> Parameters { get; }

    /// <summary>The total weighted log-likelihood at the reported parameters, in the data's own time unit (natural log).</summary>
    public double LogLikelihood { get; }

    /// <summary>Optimiser iterations of the start that gave the reported parameters.</summary>
    public int Iterations { get; }

    /// <summary>
    /// Whether the optimiser met its tolerance at a finite interior point where the Hessian gives standard errors; false
    /// means the parameters are not trustworthy (<see cref="Message"/> says why).
    /// </summary>
    public bool Converged { get; }

    /// <summary>Why the optimiser stopped, in words (the failure reason when <see cref="Converged"/> is false).</summary>
    public string Message { get; }

    /// <summary>Unique data rows the fit used.</summary>
    public int Rows { get; }

    /// <summary>Customers represented by those rows: the sum of the weights.</summary>
    public double Customers { get; }

    /// <summary>Why standard errors are absent (e.g. the Hessian is not positive definite), or null when every parameter has one.</summary>
    public string? StandardErrorsUnavailableReason { get; }

    /// <summary>
    /// A fingerprint of the data the model was fitted on (rows, customers, Σ frequency, Σ age), or null when the fit did not
    /// record one (a fit read back from a file without it, or an sBG fit of survivor counts).
    /// </summary>
    public ClvDataFingerprint? Data { get; init; }

    /// <summary>Customers the fit left out, by customer id (or position) and reason; empty when every customer was used.</summary>
    public IReadOnlyList<ClvExclusion> Excluded { get; init; } = [];

    /// <summary>Akaike's information criterion, 2k − 2·LL, with k the number of estimated parameters; lower is better.</summary>
    public double Aic => (2d * Parameters.Count) - (2d * LogLikelihood);

    /// <summary>The Bayesian information criterion, k·ln(n) − 2·LL, with n the customers represented (<see cref="Customers"/>); lower is better.</summary>
    public double Bic => (Parameters.Count * Math.Log(Customers)) - (2d * LogLikelihood);

    /// <summary>The value of the named parameter.</summary>
    /// <param name="name">A literature name such as "alpha" (ordinal, case-sensitive).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The model has no such parameter.</exception>
    public double this[string name] => Find(name).Value;

    /// <summary>The parameter values in literature order, as a new array.</summary>
    /// <returns>The values.</returns>
    public double[] Values() => Parameters.Select(p => p.Value).ToArray();

    /// <summary>The standard error of the named parameter, or null when unavailable.</summary>
    /// <param name="name">A literature name such as "alpha".</param>
    /// <returns>The standard error or null.</returns>
    /// <exception cref="ArgumentException">The model has no such parameter.</exception>
    public double? StandardError(string name) => Find(name).StandardError;

    /// <summary>A one-line summary such as <c>bg-nbd: r=0.2426 alpha=4.414 … LL=-9582.43 (converged, 23 iterations)</c>.</summary>
    /// <returns>The summary, formatted with the invariant culture.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}: {string.Join(' ', Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Value:G6}")))} LL={LogLikelihood:F4} ({(Converged ? "converged" : "NOT converged: " + Message)}, {Iterations} iterations)");

    private ClvParameter Find(string name)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        throw new ArgumentException($"Model {Model} has no parameter '{name}'; it has {string.Join(", ", Parameters.Select(p => p.Name))}.", nameof(name));
    }
}
