using System.Collections;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// A read-only list whose items are made when they are read, from the first <c>count</c> numbers of an array: a summary of
/// millions of customers is written out item by item without holding an object per customer.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ProjectedList<T>(int[] numbers, int count, Func<int, T> make) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? make(numbers[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return make(numbers[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
