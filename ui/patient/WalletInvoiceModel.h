// The patient's invoices, open ones first: issued, institution, fee, encounter, amount, state.
// Paid and cancelled ones stay listed, greyed, as receipts.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

#include <set>

namespace medchain::ui {

class WalletInvoiceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Issued, Institution, Fee, Encounter, Amount, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the IssueInvoice transaction's hash
        AmountRole, // qint64 fen
        OpenRole, // bool
        PendingRole, // bool: a payment is on its way to the chain
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setInvoices(const QList<client::InvoiceEntry> &invoices);
    void setPending(const client::Hash &invoice, bool pending);
    const client::InvoiceEntry *invoiceAt(int row) const;
    int rowOf(const client::Hash &invoice) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::InvoiceEntry &invoice, int column) const;

    QList<client::InvoiceEntry> m_invoices;
    std::set<client::Hash> m_pending;
};

} // namespace medchain::ui
