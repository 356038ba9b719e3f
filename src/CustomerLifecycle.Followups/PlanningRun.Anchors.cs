using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>The anchors of one customer: appointments, services, surveys, repairs and visits, as the steps count from them.</summary>
internal sealed partial class PlanningRun
{
    /// <summary>The survey scores 0–10 as text.</summary>
    private static readonly string[] ScoreText = [.. Enumerable.Range(0, 11).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Collects the customer's anchors into <see cref="_anchors"/>; returns a bit per anchor kind present.</summary>
    private int Anchors()
    {
        _anchors.Clear();
        _appointments.Clear();
        _appointmentIndex?.Clear();
        FollowupEvent? lastVisit = null, lastNextDue = null;
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            switch (e.Kind)
            {
                case FollowupEventKind.Booked or FollowupEventKind.Rescheduled:
                    SetAppointment(new Appointment(e.AppointmentId!, e.At, e.ScheduledFor!.Value, Cancelled: false));
                    break;
                case FollowupEventKind.Cancelled:
                    SetAppointment(new Appointment(e.AppointmentId!, e.At, e.At, Cancelled: true));
                    break;
                case FollowupEventKind.ServiceStarted:
                    AddServiceStart(e, i);
                    break;
                case FollowupEventKind.ServiceCompleted:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    AddServiceCompletion(e);
                    break;
                case FollowupEventKind.Visit:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    break;
                case FollowupEventKind.Survey:
                    AddSurvey(e);
                    break;
                case FollowupEventKind.DeferredRepair:
                    AddDeferredRepair(e);
                    break;
            }
        }

        foreach (ref readonly var a in CollectionsMarshal.AsSpan(_appointments))
        {
            if (!a.Cancelled)
            {
                AddAppointmentAnchors(a);
            }
        }

        if (lastVisit is not null)
        {
            AddLastVisit(lastVisit);
        }

        if (lastNextDue is not null)
        {
            AddNextServiceDue(lastNextDue);
        }

        KeepLastOfEachKindAndRef();
        return MarkAnchors();
    }

    // One method per anchor kind, none inlined: each builds its anchor in its own small stack frame, rather than the loop
    // over the events reserving (and clearing) room for every kind's anchor and texts once per customer.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddServiceStart(FollowupEvent e, int index) => NewAnchor() = ServiceStart(e, index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddServiceCompletion(FollowupEvent e) =>
        NewAnchor() = new Anchor(StepAnchor.ServiceCompletion, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, null, null, null, null,
            Text("service completed ", e.At, e.IsFirstVisit ? " (first visit)" : string.Empty));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSurvey(FollowupEvent e) =>
        NewAnchor() = new Anchor(StepAnchor.Survey, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, e.Score!.Value.Category, null, null, null,
            Text("survey score ", ScoreText[e.Score.Value.Value], " at ", e.At));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddDeferredRepair(FollowupEvent e)
    {
        var due = e.ScheduledFor ?? _cursor.ResolveLenient(_cursor.ToLocal(e.At).Plus(_settings.Options.DeferredRepairDelay));
        NewAnchor() = new Anchor(StepAnchor.DeferredRepairDue, due, e.At, Ref(e), e.AppointmentId, false, null, null, null, null,
            Text($"repair postponed on {Local(e.At)}, due {Local(due)}"));
    }

    /// <summary>The booking and appointment-start anchors of an appointment that is not cancelled (one reason text for both).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddAppointmentAnchors(in Appointment a)
    {
        var reason = Text("appointment ", a.Id, " on ", a.Slot);
        var r = AppointmentRef(a.Id);
        NewAnchor() = new Anchor(StepAnchor.Booking, a.BookedAt, a.BookedAt, r, a.Id, false, null, null, a.Slot, null, reason);
        NewAnchor() = new Anchor(StepAnchor.AppointmentStart, a.Slot, a.BookedAt, r, a.Id, false, null, null, a.Slot, null, reason);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddLastVisit(FollowupEvent lastVisit) =>
        NewAnchor() = new Anchor(StepAnchor.LastVisit, lastVisit.At, lastVisit.At, "last" + FirstOccurrence, null, false, null, null, null, null,
            Text("latest visit ", lastVisit.At));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddNextServiceDue(FollowupEvent lastNextDue)
    {
        var due = lastNextDue.ScheduledFor!.Value;
        NewAnchor() = new Anchor(StepAnchor.NextServiceDue, due, lastNextDue.At, "next" + FirstOccurrence, null, false, null, null, null, null,
            Text("next maintenance due ", due));
    }

    /// <summary>A new last slot of <see cref="_anchors"/>, for the caller to fill in place (no copy of the anchor through
    /// the list's <c>Add</c>).</summary>
    private ref Anchor NewAnchor()
    {
        var n = _anchors.Count;
        CollectionsMarshal.SetCount(_anchors, n + 1);
        return ref CollectionsMarshal.AsSpan(_anchors)[n];
    }

    /// <summary>A later event of the same kind under the same appointment id replaces the earlier one entirely: keeps the
    /// last anchor of each (kind, ref), in order.</summary>
    private void KeepLastOfEachKindAndRef()
    {
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        var n = anchors.Length;
        var kept = 0;
        if (n <= SmallLookup)
        {
            for (var i = 0; i < n; i++)
            {
                var later = false;
                for (var j = i + 1; j < n && !later; j++)
                {
                    later = anchors[j].Kind == anchors[i].Kind && string.Equals(anchors[j].Ref, anchors[i].Ref, StringComparison.Ordinal);
                }

                if (!later)
                {
                    if (kept != i)
                    {
                        anchors[kept] = anchors[i];
                    }

                    kept++;
                }
            }
        }
        else
        {
            var last = _anchorIndex ??= [];
            last.Clear();
            for (var i = 0; i < n; i++)
            {
                last[(anchors[i].Kind, anchors[i].Ref)] = i;
            }

            for (var i = 0; i < n; i++)
            {
                if (last[(anchors[i].Kind, anchors[i].Ref)] == i)
                {
                    anchors[kept++] = anchors[i];
                }
            }

            last.Clear();
        }

        _anchors.RemoveRange(kept, n - kept);
    }

    /// <summary>Numbers the distinct refs (the flow order is kept per flow and ref), marks anchors of cancelled appointments,
    /// clears the flow marks; returns a bit per anchor kind present.</summary>
    private int MarkAnchors()
    {
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        var refs = 0;
        var kinds = 0;
        var index = anchors.Length > SmallLookup ? (_refIndex ??= []) : null;
        index?.Clear();
        var anyCancelled = false;
        foreach (ref readonly var appointment in CollectionsMarshal.AsSpan(_appointments))
        {
            anyCancelled |= appointment.Cancelled;
        }

        for (var i = 0; i < anchors.Length; i++)
        {
            ref var a = ref anchors[i];
            var id = -1;
            if (index is null)
            {
                for (var j = 0; j < i && id < 0; j++)
                {
                    if (string.Equals(anchors[j].Ref, a.Ref, StringComparison.Ordinal))
                    {
                        id = anchors[j].RefId;
                    }
                }
            }
            else if (index.TryGetValue(a.Ref, out var found))
            {
                id = found;
            }

            if (id < 0)
            {
                id = refs++;
                index?.Add(a.Ref, id);
            }

            a.RefId = id;
            a.Cancelled = anyCancelled && a.AppointmentId is { } appointment && FindAppointment(appointment) is var at && at >= 0 && _appointments[at].Cancelled;
            kinds |= 1 << (int)a.Kind;
        }

        index?.Clear();
        var slots = refs * FlowCount;
        if (_flowLast.Length < slots)
        {
            _flowLast = new Instant?[Math.Max(slots, _flowLast.Length * 2)];
        }

        Array.Clear(_flowLast, 0, slots);
        return kinds;
    }

    /// <summary>A booking or reschedule replaces the appointment's times (it keeps its place in the order); a cancellation
    /// only marks it, or adds it cancelled when it was never booked.</summary>
    private void SetAppointment(Appointment appointment)
    {
        var at = FindAppointment(appointment.Id);
        if (at < 0)
        {
            AddAppointment(appointment);
        }
        else
        {
            _appointments[at] = appointment.Cancelled ? _appointments[at] with { Cancelled = true } : appointment;
        }
    }

    private int FindAppointment(string id)
    {
        if (_appointmentIndex is { Count: > 0 } index)
        {
            return index.TryGetValue(id, out var i) ? i : -1;
        }

        var appointments = CollectionsMarshal.AsSpan(_appointments);
        for (var i = 0; i < appointments.Length; i++)
        {
            if (string.Equals(appointments[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void AddAppointment(Appointment appointment)
    {
        _appointments.Add(appointment);
        if (_appointmentIndex is { Count: > 0 } index)
        {
            index.Add(appointment.Id, _appointments.Count - 1);
        }
        else if (_appointments.Count > SmallLookup)
        {
            index = _appointmentIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _appointments.Count; i++)
            {
                index.Add(_appointments[i].Id, i);
            }
        }
    }

    private Anchor ServiceStart(FollowupEvent start, int index)
    {
        Instant? end = null;
        for (var j = index + 1; j < _events.Count; j++)
        {
            var c = _events[j];
            if (c.Kind == FollowupEventKind.ServiceCompleted
                && (start.AppointmentId is null || c.AppointmentId is null || c.AppointmentId == start.AppointmentId))
            {
                end = c.At;
                break;
            }
        }

        var expectedEnd = end ?? start.ScheduledFor;
        bool? longRepair = expectedEnd is { } x ? x - start.At > _settings.Options.LongRepairThreshold : null;
        return new Anchor(StepAnchor.ServiceStart, start.At, start.At, Ref(start), start.AppointmentId, false, null, longRepair, null, expectedEnd,
            expectedEnd is { } ee ? Text($"service started {Local(start.At)}, until {Local(ee)}") : Text($"service started {Local(start.At)}"));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(StepAudience audience, in Anchor anchor, bool memory) => audience switch
    {
        StepAudience.WithMemory => memory,
        StepAudience.FirstVisit => anchor.FirstVisit,
        StepAudience.RepeatVisit => !anchor.FirstVisit,
        StepAudience.Detractor => anchor.Category == NpsCategory.Detractor,
        StepAudience.Passive => anchor.Category == NpsCategory.Passive,
        StepAudience.Promoter => anchor.Category == NpsCategory.Promoter,
        StepAudience.LongRepair => anchor.LongRepair == true,
        StepAudience.ShortService => anchor.LongRepair != true,
        _ => true,
    };
}
