using System.Globalization;
using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// A purchase model fitted on the unique rows of a summary file takes their columns as they lie in the reader's table,
/// not the ordered list: the fit (parameters, log-likelihood, iterations) and its fingerprint are those of a fit on the
/// same rows copied out as a plain array, to the bit.
/// </summary>
public sealed class UniqueSummaryColumnsTests
{
    // Few values per column so that rows repeat and merge; fractional ages and weights, so the order of additions shows.
    private static readonly Gen<string> Line =
        from x in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Choose(1, 6)))
        from age in Gen.Choose(1, 60).Select(i => i / 4d)
        from share in Gen.Choose(0, 4).Select(i => i / 4d)
        from weight in Gen.Frequency((3, Gen.Constant("1")), (2, Gen.Choose(1, 1000).Select(i => (i / 7d).ToString("R", CultureInfo.InvariantCulture))))
        select string.Create(CultureInfo.InvariantCulture, $"{x},{(x == 0 ? 0d : share * age)},{age},{weight}");

    private static UniqueSummaryFile Read(string text)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return CustomerSummaryReader.ReadUnique(table);
    }

    private static bool Same(ClvModelFit a, ClvModelFit b) =>
        a.Parameters.Select(p => BitConverter.DoubleToInt64Bits(p.Value)).SequenceEqual(b.Parameters.Select(p => BitConverter.DoubleToInt64Bits(p.Value)))
        && BitConverter.DoubleToInt64Bits(a.LogLikelihood) == BitConverter.DoubleToInt64Bits(b.LogLikelihood)
        && a.Iterations == b.Iterations && a.Rows == b.Rows && a.Customers.Equals(b.Customers);

    [Property(MaxTest = 25)]
    public Property Fits_on_the_unique_rows_and_on_a_copy_of_them_agree_to_the_bit_with_the_same_fingerprint() =>
        Prop.ForAll(Gen.ListOf(Line).Where(l => l.Count > 0).ToArbitrary(), lines =>
        {
            var rows = Read("x,t_x,T,weight\n" + string.Join('\n', lines) + "\n").Rows;
            var copy = rows.ToArray();
            var options = new ClvFitOptions { MaxIterations = 40 };

            var bg = (BgNbdModel.Fit(rows, options), BgNbdModel.Fit(copy, options));
            var mbg = (MbgNbdModel.Fit(rows, options), MbgNbdModel.Fit(copy, options));
            var pareto = (ParetoNbdModel.Fit(rows, options), ParetoNbdModel.Fit(copy, options));

            return Same(bg.Item1, bg.Item2) && Same(mbg.Item1, mbg.Item2) && Same(pareto.Item1, pareto.Item2)
                && bg.Item1.Data == bg.Item2.Data && mbg.Item1.Data == mbg.Item2.Data && pareto.Item1.Data == pareto.Item2.Data;
        });

    [Fact]
    public void The_fingerprint_of_a_fit_on_unique_rows_is_summed_in_the_lists_order()
    {
        // Ages whose sum depends on the order of the additions: the list's order (x, then t_x, then T) is the one kept.
        var rows = Read("x,t_x,T\n1,0.1,0.7\n1,0.2,0.25\n1,0.1,0.3\n0,0,0.2\n1,0.01,0.1\n2,0.1,3.3\n").Rows;

        var fit = BgNbdModel.Fit(rows, new ClvFitOptions { MaxIterations = 3 });

        Assert.Equal(ClvDataFingerprint.Of(rows.ToArray()), fit.Data);
        Assert.Equal([(0d, 0d, 0.2), (1d, 0.01, 0.1), (1d, 0.1, 0.3), (1d, 0.1, 0.7), (1d, 0.2, 0.25), (2d, 0.1, 3.3)], rows.Select(r => (r.Frequency, r.Recency, r.Age)));
    }

    [Fact]
    public void Negative_zero_in_the_unique_rows_is_fitted_as_a_copy_of_them_is()
    {
        var rows = Read("x,t_x,T\n-0,-0,2\n0,0,2\n1,1,2\n0,0,3\n").Rows;

        var fit = BgNbdModel.Fit(rows, new ClvFitOptions { MaxIterations = 5 });
        var copied = BgNbdModel.Fit(rows.ToArray(), new ClvFitOptions { MaxIterations = 5 });

        Assert.True(Same(fit, copied));
        Assert.Equal(copied.Data, fit.Data);
        Assert.Equal(3, fit.Rows);
    }
}
