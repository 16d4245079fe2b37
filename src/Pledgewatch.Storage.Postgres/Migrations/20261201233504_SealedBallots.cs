using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pledgewatch.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SealedBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedLogins",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessionStamp",
                table: "users",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AuditHead",
                table: "ballots",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PapersDigest",
                table: "ballots",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrevHash",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "audit_log",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_Seq",
                table: "audit_log",
                column: "Seq",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_log_Seq",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "FailedLogins",
                table: "users");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "users");

            migrationBuilder.DropColumn(
                name: "SessionStamp",
                table: "users");

            migrationBuilder.DropColumn(
                name: "AuditHead",
                table: "ballots");

            migrationBuilder.DropColumn(
                name: "PapersDigest",
                table: "ballots");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "PrevHash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "audit_log");
        }
    }
}
