using System.Collections.Concurrent;
using System.Reflection;

namespace PanteinExtra.Core.Common;

/// <summary>
/// The Dutch label of every enum value, written once next to the value as <c>[Display(Name = "...")]</c> and used by
/// screens, letters, exports and the access log alike. Labels are written as they read inside a sentence
/// ("nieuwsbrief", "lid zelf"); <see cref="CapitalisedLabel"/> gives the form that starts a line or a cell.
/// A test checks that every value of every enum in Core has one.
/// </summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Label(this Enum value) => Cache.GetOrAdd(value, Compute);

    public static string CapitalisedLabel(this Enum value) => Capitalise(value.Label());

    /// <summary>"nieuwsbrief" becomes "Nieuwsbrief"; the rest of the text is left as it is.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Dutch.Culture) + text[1..];

    /// <summary>The values to offer in a picker, in declaration order (for flags: the single flags, without "none").</summary>
    public static IReadOnlyList<T> Choices<T>()
        where T : struct, Enum =>
        typeof(T).IsDefined(typeof(FlagsAttribute))
            ? Enum.GetValues<T>().Where(v => IsSingleFlag(Convert.ToInt64(v))).ToList()
            : Enum.GetValues<T>();

    /// <summary>The label declared on the member, or null when the member has none (for the completeness test).</summary>
    public static string? Declared(Type enumType, string memberName) =>
        enumType.GetField(memberName, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.Name;

    private static string Compute(Enum value)
    {
        var type = value.GetType();
        if (Declared(type, value.ToString()) is { } label)
        {
            return label;
        }

        // A combination of flags: the labels of its single flags, in declaration order.
        if (type.IsDefined(typeof(FlagsAttribute)))
        {
            var bits = Convert.ToInt64(value);
            var parts = Enum.GetValues(type).Cast<Enum>()
                .Where(f => IsSingleFlag(Convert.ToInt64(f)) && (bits & Convert.ToInt64(f)) != 0)
                .Select(Label)
                .ToList();
            if (parts.Count > 0)
            {
                return string.Join(", ", parts);
            }
        }

        throw new InvalidOperationException($"{type.Name}.{value} has no Dutch label ([Display(Name = ...)]).");
    }

    private static bool IsSingleFlag(long bits) => bits != 0 && (bits & (bits - 1)) == 0;
}
