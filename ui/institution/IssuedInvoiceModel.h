// The invoices this institution issued, newest first: issued, patient, fee, amount, status.
// Cancelled ones stay listed, greyed; amounts come as integer fen and are shown in yuan.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class IssuedInvoiceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Issued, Patient, Fee, Amount, Status, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the IssueInvoice transaction's hash
        PatientIdRole, // QByteArray: the patient's identity
        AmountRole, // qint64 fen
        StatusRole, // int: chain::InvoiceStatus
        IssuedRole, // qint64 ms since the Unix epoch
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// invoices as the session gives them (newest first); the order is kept.
    void setInvoices(const QList<client::InvoiceEntry> &invoices);
    const client::InvoiceEntry *invoiceAt(int row) const;
    int rowOf(const client::Hash &invoice) const;
    /// The open invoices' total, in fen.
    wallet::Amount openTotal() const;
    int openCount() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::InvoiceEntry &invoice, int column) const;

    QList<client::InvoiceEntry> m_invoices;
};

} // namespace medchain::ui
