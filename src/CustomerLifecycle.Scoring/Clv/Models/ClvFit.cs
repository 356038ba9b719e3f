using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// A fit that knows its model: everything <see cref="ClvModelFit"/> reports, and <see cref="ToModel"/> to turn it into a
/// <typeparamref name="TModel"/> by parameter name under one convergence policy.
/// </summary>
/// <typeparam name="TModel">The model fitted, e.g. <see cref="BgNbdModel"/>.</typeparam>
public sealed class ClvFit<TModel> : ClvModelFit
    where TModel : class, IClvModel
{
    /// <summary>Makes a typed fit from an untyped one of the same model.</summary>
    /// <param name="fit">The fit; its <see cref="ClvModelFit.Model"/> must be the id of <typeparamref name="TModel"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, or its parameters do not make a <typeparamref name="TModel"/>.</exception>
    public ClvFit(ClvModelFit fit)
        : base(fit)
    {
        // One trial build checks the model id and the parameter names now rather than at first use.
        if (ClvModels.FromFit(fit, ClvConvergencePolicy.AllowUnconverged) is not TModel)
        {
            throw new ArgumentException($"A {fit.Model} fit is not a fit of {typeof(TModel).Name}.", nameof(fit));
        }
    }

    /// <summary>The fitted model, rebuilt from the parameters by name.</summary>
    /// <param name="policy">
    /// <see cref="ClvConvergencePolicy.RequireConverged"/> (the default) refuses a fit that did not converge;
    /// <see cref="ClvConvergencePolicy.AllowUnconverged"/> is the explicit opt-in to use its best point anyway.
    /// </param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOperationException">The fit did not converge and the policy requires it (the message says why it did not).</exception>
    public TModel ToModel(ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        !Converged && policy != ClvConvergencePolicy.AllowUnconverged
            ? throw new InvalidOperationException($"The {Model} fit did not converge ({Message}); its parameters must not be used without opting in to unconverged fits.")
            : (TModel)ClvModels.FromFit(this, ClvConvergencePolicy.AllowUnconverged);
}

/// <summary>A customer a fit left out, and why.</summary>
/// <param name="Index">The customer's position in the input (0-based).</param>
/// <param name="Customer">The customer id, or null when the input row had none.</param>
/// <param name="Code">A stable code, e.g. "monetary_value.not_positive".</param>
/// <param name="Reason">The reason in words.</param>
public sealed record ClvExclusion(int Index, CustomerId? Customer, string Code, string Reason)
{
    /// <summary>The customer id when there is one, else "customer summary {Index + 1}" (1-based, as people count).</summary>
    /// <returns>The label.</returns>
    public string Label() => Customer is { } id ? $"customer {id}" : $"customer summary {Index + 1}";
}

/// <summary>
/// What a fit saw of its data, to recognise it again: unique rows, customers (Σ weights), Σ frequency and Σ age (each
/// weighted, in the data's own time unit).
/// </summary>
/// <param name="Rows">The input rows.</param>
/// <param name="Customers">Σ weights.</param>
/// <param name="SumFrequency">Σ weight·frequency (repeat transactions).</param>
/// <param name="SumAge">Σ weight·age (T, or the opportunities n of BG/BB).</param>
public sealed record ClvDataFingerprint(int Rows, double Customers, double SumFrequency, double SumAge)
{
    /// <summary>The fingerprint of continuous-time summaries.</summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    public static ClvDataFingerprint Of(IEnumerable<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return Sum(customers.Select(c => c is null ? throw new ArgumentNullException(nameof(customers)) : (c.Weight, c.Frequency, c.Age)));
    }

    /// <summary>The fingerprint of BG/BB histories (age = opportunities n).</summary>
    /// <param name="rows">The histories.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is or contains null.</exception>
    public static ClvDataFingerprint Of(IEnumerable<DiscreteSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Sum(rows.Select(r => r is null ? throw new ArgumentNullException(nameof(rows)) : (r.Weight, (double)r.Frequency, (double)r.Periods)));
    }

    private static ClvDataFingerprint Sum(IEnumerable<(double Weight, double Frequency, double Age)> rows)
    {
        var (count, weight, x, age) = (0, 0d, 0d, 0d);
        foreach (var r in rows)
        {
            (count, weight, x, age) = (count + 1, weight + r.Weight, x + (r.Weight * r.Frequency), age + (r.Weight * r.Age));
        }

        return new ClvDataFingerprint(count, weight, x, age);
    }
}

/// <summary>The input of a fit read once, so the fit and its fingerprint see the same rows.</summary>
internal static class FitInput
{
    public static IReadOnlyCollection<T> Once<T>(IEnumerable<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        return items as IReadOnlyCollection<T> ?? items.ToArray();
    }
}

/// <summary>The customers a Gamma-Gamma fit can use, and those it excludes with the reason.</summary>
/// <param name="Eligible">Repeat buyers with a positive mean spend, in input order.</param>
/// <param name="Excluded">Repeat buyers without one, by position and customer id.</param>
public sealed record GammaGammaEligibility(IReadOnlyList<CustomerSummary> Eligible, IReadOnlyList<ClvExclusion> Excluded);
