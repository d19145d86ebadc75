using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Core.Breaches;

public sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> b)
    {
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Status, x.AwareAtUtc });
        b.HasIndex(x => new { x.ReportedByUserId, x.AwareAtUtc });
        b.HasUser(x => x.ReportedByUserId, x => x.ReportedByName);
        b.Property(x => x.WhatHappened).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.DataAndPersons).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.Summary).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.PersonGroups).HasMaxLength(BreachLimits.ShortText);
        b.Property(x => x.LikelyHarm).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.OtherAuthorities).HasMaxLength(BreachLimits.ShortText);
        b.Property(x => x.OverruleReason).HasMaxLength(BreachLimits.Reason);
        b.Property(x => x.NotifyReasoning).HasMaxLength(BreachLimits.Reason);
        b.Property(x => x.MemberInformationReasoning).HasMaxLength(BreachLimits.Reason);
        b.Property(x => x.PublicNotice).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.ApReference).HasMaxLength(BreachLimits.ApReference);
        b.Property(x => x.DelayReason).HasMaxLength(BreachLimits.Reason);
        b.Property(x => x.WithdrawReason).HasMaxLength(BreachLimits.Reason);
        b.Property(x => x.Kinds).HasConversion<int>();
        b.Property(x => x.DataCategories).HasConversion<int>();
        b.Property(x => x.Score).HasPrecision(5, 2);
        b.Property(x => x.ActivityIds).IsJsonList();
        b.Ignore(x => x.Band);
        b.Ignore(x => x.IsOpen);
    }
}

public sealed class BreachVersionConfiguration : IEntityTypeConfiguration<BreachVersion>
{
    public void Configure(EntityTypeBuilder<BreachVersion> b)
    {
        b.HasIndex(x => new { x.BreachId, x.Version }).IsUnique();
        b.HasUser(x => x.ByUserId, x => x.ByName);
        b.Property(x => x.Note).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.Snapshot).HasMaxLength(BreachLimits.Snapshot);
        b.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BreachAffectedConfiguration : IEntityTypeConfiguration<BreachAffected>
{
    public void Configure(EntityTypeBuilder<BreachAffected> b)
    {
        b.ToTable("BreachAffected");
        b.HasIndex(x => new { x.BreachId, x.HouseholdId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.HouseholdId);
        b.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.Cascade);

        // Erasing a member takes their place in a breach file with them; the file keeps its counts.
        b.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BreachMeasureConfiguration : IEntityTypeConfiguration<BreachMeasure>
{
    public void Configure(EntityTypeBuilder<BreachMeasure> b)
    {
        b.Property(x => x.Description).HasMaxLength(BreachLimits.Text);
        b.Property(x => x.Owner).HasMaxLength(BreachLimits.Owner);
        b.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BreachLetterConfiguration : IEntityTypeConfiguration<BreachLetter>
{
    public void Configure(EntityTypeBuilder<BreachLetter> b)
    {
        b.Property(x => x.AddressedTo).HasMaxLength(BreachLimits.ShortText);
        b.Property(x => x.Text).HasMaxLength(BreachLimits.LetterText);
        b.Property(x => x.SentByName).HasMaxLength(UserLimits.UserName);
        b.HasIndex(x => new { x.BreachId, x.HouseholdId });
        b.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
