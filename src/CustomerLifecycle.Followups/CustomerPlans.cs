using System.Collections;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>The lazy sequence <see cref="FollowupPlanner.PlanByCustomer"/> returns: one planning run per enumeration, one
/// customer's events held at a time.</summary>
/// <remarks>
/// Written out rather than as an iterator so that a plan already handed out is not kept reachable while the next customer
/// is planned: the enumerator forgets its current plan when asked for the next, and the run forgets the customer it
/// planned before returning the plan. Only the caller's own references then keep a plan alive, and the collector has
/// less to keep (and promote) each time it runs during a long enumeration.
/// </remarks>
internal sealed class CustomerPlans(FollowupPlanner.Settings settings, IEnumerable<FollowupEvent> events, ContactCalendar calendar, Instant now, string paramName)
    : IEnumerable<FollowupPlan>
{
    public IEnumerator<FollowupPlan> GetEnumerator() => new Enumerator(settings, events, calendar, now, paramName);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(FollowupPlanner.Settings settings, IEnumerable<FollowupEvent> events, ContactCalendar calendar, Instant now, string paramName)
        : IEnumerator<FollowupPlan>
    {
        /// <summary>How many events ahead of the one being read an array source's events are fetched into the cache.</summary>
        private const int FetchAhead = 12;

        private readonly List<FollowupEvent> _group = [];
        private readonly FollowupEvent[]? _array = events as FollowupEvent[];
        private int _next;
        private IEnumerator<FollowupEvent>? _source;
        private PlanningRun? _run;
        private FollowupPlan? _current;
        private bool _done;

        public FollowupPlan Current => _current!;

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            _current = null;
            if (_done)
            {
                return false;
            }

            try
            {
                _run ??= new PlanningRun(settings, calendar, now);
                if (_array is { } array)
                {
                    // An array is read by index, each event's memory fetched some events before it is read: a large
                    // array of events built earlier is mostly no longer in the cache.
                    while (_next < array.Length)
                    {
                        if (_next + FetchAhead < array.Length && array[_next + FetchAhead] is { } ahead)
                        {
                            CacheLine.Fetch(ahead);
                        }

                        if (FollowupPlanner.Accept(_group, array[_next++], _run, paramName) is { } plan)
                        {
                            _current = plan;
                            return true;
                        }
                    }
                }
                else
                {
                    _source ??= events.GetEnumerator();
                    while (_source.MoveNext())
                    {
                        if (FollowupPlanner.Accept(_group, _source.Current, _run, paramName) is { } plan)
                        {
                            _current = plan;
                            return true;
                        }
                    }
                }

                Dispose();
                if (_group.Count > 0)
                {
                    _current = _run.PlanOne(_group);
                    _group.Clear();
                    return true;
                }

                return false;
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
            _done = true;
            var source = _source;
            _source = null;
            source?.Dispose();
        }
    }
}
