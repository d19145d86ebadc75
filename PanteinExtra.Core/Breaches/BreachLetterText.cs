using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// The draft of a letter to an affected member in plain Dutch, with what Art. 34(2) asks: what happened, the likely
/// consequences, the measures taken and how to reach the FG. The FG edits it before it is sent.
/// </summary>
public static class BreachLetterText
{
    public sealed record Officer(string Organisation, string Name, string? Email, string? Phone);

    public static string Draft(BreachFile file, IReadOnlyList<MeasureRow> measures, string addressedTo, string address, Officer fg, DateOnly today)
    {
        var happened = file.Summary ?? file.WhatHappened;
        var data = file.DataCategories == BreachDataCategory.None ? "uw gegevens" : file.DataCategories.Label();
        var harm = string.IsNullOrWhiteSpace(file.LikelyHarm)
            ? "Wij verwachten dat iemand uw gegevens kan misbruiken, bijvoorbeeld voor oplichting of ongewenste post of telefoontjes."
            : file.LikelyHarm;
        var taken = measures.Count == 0
            ? "- Wij onderzoeken hoe dit kon gebeuren en nemen maatregelen om herhaling te voorkomen."
            : string.Join("\n", measures.Select(m => $"- {m.Description}"));
        var contact = string.Join(", ", new[] { fg.Email, fg.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return $"""
            {addressedTo}
            {address}

            {Dutch.LongDate(today)}

            Onderwerp: er is iets misgegaan met uw gegevens

            Beste {addressedTo},

            Wij moeten u helaas laten weten dat er iets is misgegaan met uw persoonsgegevens. Dat vinden wij heel vervelend, en wij willen u er eerlijk over informeren.

            Wat is er gebeurd?
            {happened}
            Het gaat om deze gegevens: {data}.

            Wat kan dit voor u betekenen?
            {harm}
            Wees daarom extra alert op berichten, telefoontjes of post die u niet verwacht, en geef nooit zomaar gegevens of codes door.

            Wat hebben wij gedaan?
            {taken}
            {(file.ApReference is null ? "" : "Wij hebben het voorval gemeld bij de Autoriteit Persoonsgegevens.")}

            Heeft u vragen?
            Neem dan contact op met onze functionaris gegevensbescherming, {fg.Name}{(contact.Length == 0 ? "" : $", via {contact}")}. Vermeld daarbij "datalek #{file.Number}". U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).

            Met vriendelijke groet,

            {fg.Name}
            Functionaris gegevensbescherming, {fg.Organisation}
            """;
    }
}
