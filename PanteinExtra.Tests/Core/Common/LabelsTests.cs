using System.Reflection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Common;

public sealed class LabelsTests
{
    private static readonly Assembly Core = typeof(Labels).Assembly;

    public static TheoryData<Type> CoreEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Core.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CoreEnums))]
    public void EveryValueOfEveryCoreEnum_HasADutchLabel(Type enumType)
    {
        var missing = Enum.GetNames(enumType).Where(name => Labels.Declared(enumType, name) is null).ToList();

        Assert.True(missing.Count == 0, $"{enumType.Name} has no [Display(Name = ...)] on: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Label_OfAFlagsCombination_JoinsTheLabelsOfItsFlags() =>
        Assert.Equal(
            "informatie ontvangen, gegevens wijzigen",
            (ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.ChangeDetails).Label());

    [Fact]
    public void CapitalisedLabel_CapitalisesOnlyTheFirstLetter() =>
        Assert.Equal("Online magazine", SubscriptionKind.OnlineMagazine.CapitalisedLabel());

    [Fact]
    public void Choices_OfAFlagsEnum_AreTheSingleFlagsWithoutNone() =>
        Assert.Equal(
            [IdentityChecks.DateOfBirth, IdentityChecks.PostcodeAndHouseNumber, IdentityChecks.MemberNumber, IdentityChecks.CallBackToKnownNumber],
            Labels.Choices<IdentityChecks>());

    [Fact]
    public void EveryEventTypeConstant_HasADutchName()
    {
        var unnamed = Core.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("EventTypes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Where(f => f.GetCustomAttribute<System.ComponentModel.DataAnnotations.DisplayAttribute>()?.Name is null)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();

        Assert.Empty(unnamed);
    }

    [Theory]
    [InlineData(MembersEventTypes.HouseholdView, "Huishouden geopend")]
    [InlineData("Household:Create", "Huishouden vastgelegd")]
    [InlineData("CallNote:Delete", "Gespreksnotitie verwijderd")]
    [InlineData("Unknown:Thing", "Unknown:Thing")]
    public void Describe_NamesExplicitEventsAndWritesInDutch(string eventType, string expected) =>
        Assert.Equal(expected, AuditEventNames.Describe(eventType));
}
