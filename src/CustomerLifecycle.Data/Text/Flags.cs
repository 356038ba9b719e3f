namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Yes/no fields as people write them: true/false, 1/0, yes/no, y/n (any case), and 是/否 as Chinese spreadsheets write
/// them; blank is no.
/// </summary>
internal static class Flags
{
    /// <summary>The accepted forms, for a rejection message.</summary>
    public const string Forms = "true/false, 1/0, yes/no or 是/否";

    public static bool TryParse(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "":
            case "FALSE" or "0" or "NO" or "N" or "否":
                return true;
            case "TRUE" or "1" or "YES" or "Y" or "是":
                value = true;
                return true;
            default:
                return false;
        }
    }
}
