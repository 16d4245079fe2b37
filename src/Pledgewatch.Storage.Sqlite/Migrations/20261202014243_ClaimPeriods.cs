using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pledgewatch.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClaimPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PeriodStart",
                table: "claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RangeHigh",
                table: "claims",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RangeLow",
                table: "claims",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PeriodStart",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "RangeHigh",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "RangeLow",
                table: "claims");
        }
    }
}
