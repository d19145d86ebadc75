using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Common.Documents;

/// <summary>The organisation's heading on the first page of every document: name, address and how to reach it.</summary>
public sealed record Letterhead(string Organisation, IReadOnlyList<string> Lines)
{
    /// <summary>The same sender the letters sign with (the register's heading, Art. 30(1)(a)).</summary>
    public static Letterhead From(LetterSender sender)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(sender.OrganisationAddress))
        {
            lines.AddRange(sender.OrganisationAddress.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        var contact = string.Join("  ·  ", new[]
        {
            string.IsNullOrWhiteSpace(sender.Phone) ? null : $"Telefoon {sender.Phone}",
            string.IsNullOrWhiteSpace(sender.Email) ? null : $"E-mail {sender.Email}",
        }.OfType<string>());
        if (contact.Length > 0)
        {
            lines.Add(contact);
        }

        return new Letterhead(sender.Organisation, lines);
    }
}
