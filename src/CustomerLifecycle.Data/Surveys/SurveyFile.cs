using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Data.Surveys;

/// <summary>Survey responses read from a text table.</summary>
/// <param name="Source">The source in messages.</param>
/// <param name="Import">The accepted responses (source order) and the rejected rows.</param>
/// <param name="Keys">
/// When a segment column was named: its value (trimmed) for each accepted response, aligned with
/// <see cref="ImportResult{T}.Accepted"/>; otherwise empty.
/// </param>
/// <param name="HasWeights">Whether the table has a <c>weight</c> column.</param>
public sealed record SurveyFile(string Source, ImportResult<SurveyResponse> Import, IReadOnlyList<string?> Keys, bool HasWeights);
