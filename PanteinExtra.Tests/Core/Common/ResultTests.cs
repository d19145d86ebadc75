using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Core.Common;

public sealed class ResultTests
{
    [Fact]
    public void AFailure_ReturnedWhereAValueIsExpected_KeepsItsStatusAndMessage()
    {
        Result<int> result = Result.Refused("Leg eerst vast wie er belt.");

        Assert.False(result.Succeeded);
        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal("Leg eerst vast wie er belt.", result.Message);
        Assert.Equal(0, result.Value);
    }

    [Fact]
    public void ASuccess_CannotBeTurnedIntoAResultWithoutItsValue() =>
        Assert.Throws<InvalidOperationException>(() =>
        {
            Result<int> result = Result.Ok();
            return result;
        });

    [Fact]
    public void Invalid_KeysItsMessagesByField()
    {
        var result = Result.Invalid("Street", "Straat is verplicht.");

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("Straat is verplicht.", result.ErrorFor("Street"));
        Assert.Null(result.ErrorFor("City"));
    }
}
