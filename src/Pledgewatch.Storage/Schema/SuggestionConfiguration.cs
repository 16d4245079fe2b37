using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<SuggestionEntity>
{
    public void Configure(EntityTypeBuilder<SuggestionEntity> e)
    {
        e.ToTable("suggestions");
        e.HasIndex(s => new { s.RegionId, s.Year, s.Number }).IsUnique();
        e.HasIndex(s => new { s.State, s.LeadDepartment });
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
