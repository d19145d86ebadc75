using System.Globalization;

namespace PanteinExtra.Benchmarks;

/// <summary>The options after the command: <c>--name value</c> pairs, each name at most once.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                throw new UsageException($"Expected an option such as --runs, got '{name}'.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"Option {name} needs a value.");
            }

            if (!parsed._values.TryAdd(name[2..], args[i + 1]))
            {
                throw new UsageException($"Option {name} is given twice.");
            }
        }

        return parsed;
    }

    /// <summary>Fails on any option the command does not know, so a typo does not silently fall back to a default.</summary>
    public Arguments Allow(params string[] names)
    {
        var unknown = _values.Keys.Where(k => !names.Contains(k)).Select(k => "--" + k).ToList();
        return unknown.Count == 0
            ? this
            : throw new UsageException($"Unknown option(s) for this command: {string.Join(", ", unknown)}.");
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public int GetInt(string name, int fallback, int minimum = 1)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new UsageException($"--{name} needs a whole number of at least {minimum}, got '{text}'.");
    }
}

/// <summary>A command line that cannot be run; the message says why, the usage follows.</summary>
internal sealed class UsageException(string message) : Exception(message);
