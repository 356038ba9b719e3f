using System.Globalization;
using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Core.Import;

/// <summary>The rules a raw survey row must meet; each failure carries a stable error code (see <see cref="SurveyResponseImporter"/>).</summary>
public sealed class SurveyResponseRecordValidator : AbstractValidator<SurveyResponseRecord>
{
    // Weights between these bounds keep the sums of weights and of squared weights (Kish's effective sample size)
    // finite and non-zero for any realistic number of rows; 1e-320 would square to 0, 1e200 to infinity.
    private const double MinWeight = 1e-100;
    private const double MaxWeight = 1e100;

    /// <summary>Makes the validator.</summary>
    /// <param name="zone">The zone in which time stamps without an offset are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public SurveyResponseRecordValidator(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(r => r.Score).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("score.missing").WithMessage("score is missing")
            .Must(s => TryParseScore(s, out _))
            .WithErrorCode("score.not_a_number").WithMessage(r => $"score \"{r.Score}\" is not a whole number")
            .Must(s => TryParseScore(s, out var v) && v is >= LikelihoodScore.MinValue and <= LikelihoodScore.MaxValue)
            .WithErrorCode("score.out_of_range").WithMessage(r => $"score {r.Score!.Trim()} is outside 0–10");
        RuleFor(r => r.CustomerId)
            .Must(id => string.IsNullOrWhiteSpace(id) || CustomerLifecycle.Core.CustomerId.TryFrom(id, out _))
            .WithErrorCode("customer_id.invalid").WithMessage($"customer_id is longer than {CustomerLifecycle.Core.CustomerId.MaxLength} characters");
        RuleFor(r => r.RespondedAt).Cascade(CascadeMode.Stop)
            .Must(t => string.IsNullOrWhiteSpace(t) || IsoTime.TryParseForm(t, zone, out _))
            .WithErrorCode("responded_at.invalid").WithMessage(r => $"responded_at {IsoTime.FormProblem(r.RespondedAt!)}")
            .Must(t => string.IsNullOrWhiteSpace(t) || IsoTime.TryParse(t, zone, out _))
            .WithErrorCode("responded_at.out_of_range").WithMessage(r => $"responded_at {SupportedDates.OutsideReason(r.RespondedAt)}");
        RuleFor(r => r.Touchpoint)
            .Must(t => t is null || t.Trim().Length <= 100)
            .WithErrorCode("touchpoint.too_long").WithMessage("touchpoint is longer than 100 characters");
        RuleFor(r => r.FirstVisit)
            .Must(f => TryParseFlag(f, out _))
            .WithErrorCode("first_visit.invalid").WithMessage(r => $"first_visit \"{r.FirstVisit}\" is not true/false, 1/0, yes/no or 是/否");
        RuleFor(r => r.Weight)
            .Must(w => string.IsNullOrWhiteSpace(w)
                || (double.TryParse(w.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && IsAcceptedWeight(d)))
            .WithErrorCode("weight.invalid").WithMessage(r => $"weight \"{r.Weight}\" is not 0 or a number from 1e-100 to 1e100");
    }

    /// <summary>
    /// Whether a survey weight is accepted: 0 (the response counts for nothing) or a number from 1e-100 to 1e100, so that
    /// sums of weights and of their squares (Kish's effective sample size) stay finite and non-zero.
    /// </summary>
    /// <param name="weight">The weight as read.</param>
    /// <returns>True when the weight may be used.</returns>
    public static bool IsAcceptedWeight(double weight) => weight == 0d || weight is >= MinWeight and <= MaxWeight;

    /// <summary>Reads a whole number, also written with a zero fraction as spreadsheets and data frames export it ("9.0").</summary>
    internal static bool TryParseScore(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a yes/no field as people write it: true/false, 1/0, yes/no, y/n (any case) or 是/否, surrounding white space
    /// ignored; blank is no. The rule of <see cref="SurveyResponseRecord.FirstVisit"/> and of the library's other yes/no
    /// columns.
    /// </summary>
    /// <param name="text">The field, or null.</param>
    /// <param name="value">The flag; false when the text is not one of the forms.</param>
    /// <returns>Whether the text is one of the forms (or blank).</returns>
    public static bool TryParseFlag(string? text, out bool value)
    {
        value = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        switch (text.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1" or "YES" or "Y" or "是":
                value = true;
                return true;
            case "FALSE" or "0" or "NO" or "N" or "否":
                return true;
            default:
                return false;
        }
    }
}
