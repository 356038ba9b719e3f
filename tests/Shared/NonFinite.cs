using System.Collections;
using System.Reflection;

namespace CustomerLifecycle.Tests.Shared;

/// <summary>Finds a NaN or an infinity in an object's public numbers, its nested records and its collections (a few levels deep).</summary>
public static class NonFinite
{
    /// <summary>Whether <paramref name="value"/> holds a non-finite <see cref="double"/> or <see cref="float"/>.</summary>
    public static bool In(object? value) => Find(value, 0);

    private static bool Find(object? value, int depth)
    {
        switch (value)
        {
            case null or string or decimal or bool or int or long or Enum:
                return false;
            case double d:
                return !double.IsFinite(d);
            case float f:
                return !float.IsFinite(f);
        }

        if (depth > 3)
        {
            return false;
        }

        if (value is IEnumerable items)
        {
            return items.Cast<object?>().Take(50).Any(item => Find(item, depth + 1));
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("CustomerLifecycle", StringComparison.Ordinal) != true)
        {
            return false;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length == 0 && Find(Safe(() => p.GetValue(value)), depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static object? Safe(Func<object?> get)
    {
        try
        {
            return get();
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
