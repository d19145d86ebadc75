using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Tests.Core.Register;

public sealed class RegisterLabelsTests
{
    [Theory]
    [InlineData(RegisterEventTypes.Export, "Verwerkingsregister geëxporteerd")]
    [InlineData(RegisterEventTypes.ProcessorEdit, "Verwerker of verwerkersovereenkomst gewijzigd")]
    [InlineData("ProcessingActivity:Create", "Verwerking in het register vastgelegd")]
    [InlineData("ProcessingAgreement:Create", "Verwerkersovereenkomst vastgelegd")]
    [InlineData("RegisterDetails:Update", "Verantwoordelijke en FG van het register gewijzigd")]
    public void AccessLog_NamesTheRegistersEventsInDutch(string eventType, string expected) =>
        Assert.Equal(expected, AuditEventNames.Describe(eventType));

    [Fact]
    public void EveryEntityOfTheRegister_HasADutchName()
    {
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        var unnamed = db.Model.GetEntityTypes()
            .Select(e => e.ClrType)
            .Where(t => t.Namespace == typeof(ProcessingActivity).Namespace && AuditEventNames.EntityName(t.Name) is null)
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(unnamed);
    }

    [Fact]
    public void LegalBasisAndCondition_ReadWithTheirArticleCodes()
    {
        Assert.Equal("6.1.b Uitvoering van een overeenkomst", RegisterText.Display(LegalBasis.Contract));
        Assert.Equal("9.2.h Gezondheidszorg of sociale diensten", RegisterText.Display(SpecialCategoryCondition.HealthOrSocialCare));
        Assert.Equal("DPIA nodig", RegisterField.DpiaRequired.CapitalisedLabel());
    }
}
