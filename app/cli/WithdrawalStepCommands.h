// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliSupport.h"

#include <QStringList>

namespace dpo::cli {

// The steps of a written withdrawal request on the command line, each the GUI's step through the
// same WithdrawalService call (same roles, checks, refusals, audit entries): register, verify,
// reject, decide, approve, execute, recipient-told, allow-close, reply, plus show and letter.
int withdrawalRegisterCommand(const QStringList& arguments);
int withdrawalVerifyCommand(const QStringList& arguments);
int withdrawalRejectCommand(const QStringList& arguments);
int withdrawalDecideCommand(const QStringList& arguments);
int withdrawalApproveCommand(const QStringList& arguments);
int withdrawalExecuteCommand(const QStringList& arguments);
int withdrawalRecipientToldCommand(const QStringList& arguments);
int withdrawalAllowCloseCommand(const QStringList& arguments);
int withdrawalReplyCommand(const QStringList& arguments);
int withdrawalShowCommand(const QStringList& arguments);
int withdrawalLetterCommand(const QStringList& arguments);

} // namespace dpo::cli
