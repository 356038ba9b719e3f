using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Followups;

public class BriefCommandTests
{
    private const string Now = "2026-03-05T02:00:00Z";

    private static string Events(params string[] more) => CliRunner.TempFile(
        "brief.csv",
        [
            "customer_id,event,at,appointment_id,scheduled_for,score,kind,text,expires,act_next_visit",
            "c1,survey,2026-01-10T08:00:00Z,A0,,6,,\"Waited too long\",,",
            "c1,note,2026-02-01T01:00:00Z,,,,family,\"Daughter loves Ne Zha 2\",,yes",
            "c1,note,2026-02-01T01:00:00Z,,,,health,\"Back operation\",2026-03-01T00:00:00Z,",
            "c1,note,2026-02-01T01:00:00Z,,,,preference,\"Coffee \u001b[31mred\u202Eevil\",,no",
            "c1,booked,2026-03-05T02:00:00Z,A1,2026-03-11T02:00:00Z,,,,,",
            .. more,
        ]);

    private static JsonElement Brief(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.Stderr);
        return Assert.Single(JsonDocument.Parse(r.Stdout).RootElement.GetProperty("briefs").EnumerateArray().ToArray());
    }

    [Fact]
    public void Brief_json_shows_the_notes_to_act_on_and_leaves_expired_notes_out()
    {
        var brief = Brief(CliRunner.Run("followups", "brief", Events(), "--now", Now, "--json"));
        Assert.Equal("A1", brief.GetProperty("appointment_id").GetString());
        Assert.Equal("c1|pre.brief|a:A1|0", brief.GetProperty("task_key").GetString());
        Assert.Equal("Daughter loves Ne Zha 2", Assert.Single(brief.GetProperty("act_on").EnumerateArray().ToArray()).GetProperty("text").GetString());
        var remember = Assert.Single(brief.GetProperty("remember").EnumerateArray().ToArray());
        Assert.Equal("preference", remember.GetProperty("kind").GetString());
        Assert.Equal("Waited too long", brief.GetProperty("last_survey").GetProperty("comment").GetString());
    }

    [Fact]
    public void No_notes_leaves_the_words_out_of_the_json()
    {
        var r = CliRunner.Run("followups", "brief", Events(), "--now", Now, "--json", "--no-notes");
        var brief = Brief(r);
        Assert.Equal(JsonValueKind.Null, brief.GetProperty("act_on").ValueKind);
        Assert.Equal(JsonValueKind.Null, brief.GetProperty("last_survey").GetProperty("comment").ValueKind);
        Assert.DoesNotContain("Ne Zha", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_output_escapes_control_and_bidi_characters_in_notes()
    {
        var r = CliRunner.Run("followups", "brief", Events(), "--now", Now);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Coffee \\u001B[31mred\\u202Eevil", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_appointment_has_no_brief_and_plan_includes_the_brief_task()
    {
        var cancelled = CliRunner.Run("followups", "brief", Events("c1,cancelled,2026-03-05T02:00:00Z,A1,,,,,,"), "--now", Now, "--json");
        Assert.Empty(JsonDocument.Parse(cancelled.Stdout).RootElement.GetProperty("briefs").EnumerateArray());
        var plan = CliRunner.Run("followups", "plan", Events(), "--now", Now, "--json");
        Assert.Contains("\"step\": \"pre.brief\"", plan.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c1,note,2026-02-01T01:00:00Z,,,,Not A Kind,x,,", "kind.invalid")]
    [InlineData("c1,note,2026-02-01T01:00:00Z,,,,other,,,", "note.invalid")]
    [InlineData("c1,note,2026-02-01T01:00:00Z,,,,other,secret words,2026-01-01T00:00:00Z,", "note.invalid")]
    [InlineData("c1,note,2026-02-01T01:00:00Z,,,,other,x,soon,", "expires.invalid")]
    [InlineData("c1,note,2026-02-01T01:00:00Z,,,,other,x,,maybe", "act_next_visit.invalid")]
    public void Bad_note_rows_are_rejected_with_a_code_and_never_quote_the_text(string row, string code)
    {
        var r = CliRunner.Run("followups", "brief", Events(row), "--now", Now, "--json");
        var rejected = Assert.Single(JsonDocument.Parse(r.Stdout).RootElement.GetProperty("rejected").EnumerateArray().ToArray());
        Assert.Equal(code, rejected.GetProperty("code").GetString());
        Assert.DoesNotContain("secret", r.Stdout + r.Stderr, StringComparison.Ordinal);
    }
}
