using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Followups.Memory;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>The JSON of <c>lifecycle followups brief --json</c> (snake_case). Field names are public contract.</summary>
internal sealed record BriefsJson(IReadOnlyList<BriefJson> Briefs, IReadOnlyList<RejectedJson> Rejected);

/// <summary>One appointment's brief; with <c>--no-notes</c> the words of notes and comments are left out (null).</summary>
internal sealed record BriefJson(
    string CustomerId,
    string AppointmentId,
    string SlotUtc,
    string SlotLocal,
    string? TaskKey,
    string? TaskDueUtc,
    IReadOnlyList<NoteJson>? ActOn,
    IReadOnlyList<NoteJson>? Remember,
    IReadOnlyList<DeferredWorkJson> DeferredWork,
    IReadOnlyList<OpenTaskJson> OpenDetractorLoops,
    SurveyJson? LastSurvey,
    IReadOnlyList<OpenTaskJson> OpenTasks)
{
    public static BriefJson From(PreVisitBrief b, DateTimeZone defaultZone, bool noNotes)
    {
        static OpenTaskJson Task(CustomerLifecycle.Followups.PlannedTask t) => new(t.Key, t.Step, FollowupsFormat.Utc(t.Due));
        return new BriefJson(
            b.Customer.Value,
            b.AppointmentId,
            FollowupsFormat.Utc(b.Slot),
            FollowupsFormat.Local(b.Slot, BriefCommand.Zone(b, defaultZone)),
            b.Task?.Key,
            b.Task is { } t ? FollowupsFormat.Utc(t.Due) : null,
            noNotes ? null : [.. b.ActOn.Select(NoteJson.From)],
            noNotes ? null : [.. b.Remember.Select(NoteJson.From)],
            [.. b.DeferredWork.Select(w => new DeferredWorkJson(FollowupsFormat.Utc(w.AdvisedAt), w.DueAt is { } d ? FollowupsFormat.Utc(d) : null, noNotes ? null : w.Said))],
            [.. b.OpenDetractorLoops.Select(Task)],
            b.LastSurvey is { } s ? new SurveyJson(FollowupsFormat.Utc(s.At), s.Score.Value, noNotes ? null : s.Comment) : null,
            [.. b.OpenTasks.Select(Task)]);
    }
}

/// <summary>A note in a brief.</summary>
internal sealed record NoteJson(string Kind, string Text, string RecordedUtc, string? ExpiresUtc, bool ActNextVisit)
{
    public static NoteJson From(CustomerNote n) =>
        new(n.Kind.Value, n.Text, FollowupsFormat.Utc(n.RecordedAt), n.ExpiresAt is { } x ? FollowupsFormat.Utc(x) : null, n.ActAtNextVisit);
}

/// <summary>Postponed work in a brief.</summary>
internal sealed record DeferredWorkJson(string AdvisedUtc, string? DueUtc, string? Said);

/// <summary>An open task in a brief.</summary>
internal sealed record OpenTaskJson(string Key, string Step, string DueUtc);

/// <summary>The last survey answer in a brief.</summary>
internal sealed record SurveyJson(string AtUtc, int Score, string? Comment);
