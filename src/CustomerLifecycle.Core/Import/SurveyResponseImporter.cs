using System.Globalization;
using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Core.Import;

/// <summary>Turns raw survey rows into <see cref="SurveyResponse"/>s, rejecting each bad row with its line and reason.</summary>
/// <remarks>
/// Rejection codes (stable): <c>score.missing</c>, <c>score.not_a_number</c>, <c>score.out_of_range</c>,
/// <c>customer_id.invalid</c>, <c>responded_at.invalid</c>, <c>touchpoint.too_long</c>, <c>first_visit.invalid</c>,
/// <c>weight.invalid</c>. A row with several problems is reported once, with every reason joined by "; ".
/// </remarks>
public sealed class SurveyResponseImporter
{
    private readonly SurveyResponseRecordValidator _validator;
    private readonly DateTimeZone _zone;

    /// <summary>Makes an importer.</summary>
    /// <param name="zone">The zone in which time stamps without an offset are read; UTC when null.</param>
    public SurveyResponseImporter(DateTimeZone? zone = null)
    {
        _zone = zone ?? DateTimeZone.Utc;
        _validator = new SurveyResponseRecordValidator(_zone);
    }

    /// <summary>Imports rows.</summary>
    /// <param name="records">The rows, in source order.</param>
    /// <returns>The accepted responses and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public ImportResult<SurveyResponse> Import(IEnumerable<SurveyResponseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new ImportResultBuilder<SurveyResponse>();
        foreach (var record in records)
        {
            var validation = _validator.Validate(record);
            if (!validation.IsValid)
            {
                builder.Reject(
                    record.Line,
                    validation.Errors[0].ErrorCode,
                    string.Join("; ", validation.Errors.Select(e => e.ErrorMessage)));
                continue;
            }

            builder.Accept(ToResponse(record));
        }

        return builder.Build();
    }

    private SurveyResponse ToResponse(SurveyResponseRecord r)
    {
        SurveyResponseRecordValidator.TryParseScore(r.Score, out var value);
        var score = LikelihoodScore.From(value);
        CustomerId? customer = string.IsNullOrWhiteSpace(r.CustomerId) ? null : CustomerLifecycle.Core.CustomerId.From(r.CustomerId);
        Instant? at = string.IsNullOrWhiteSpace(r.RespondedAt) ? null : IsoTime.Parse(r.RespondedAt, _zone);
        var firstVisit = SurveyResponseRecordValidator.TryParseFlag(r.FirstVisit, out var flag) && flag;
        var weight = string.IsNullOrWhiteSpace(r.Weight) ? 1d : double.Parse(r.Weight.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return new SurveyResponse(score, customer, at, r.Touchpoint, firstVisit, weight);
    }
}
