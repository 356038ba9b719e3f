using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Data.Text;

/// <summary>Yes/no fields as people write them, by the rule of <see cref="SurveyResponseRecordValidator.TryParseFlag"/>.</summary>
internal static class Flags
{
    /// <summary>The accepted forms, for a rejection message.</summary>
    public const string Forms = "true/false, 1/0, yes/no or 是/否";

    public static bool TryParse(string? text, out bool value) => SurveyResponseRecordValidator.TryParseFlag(text, out value);
}
